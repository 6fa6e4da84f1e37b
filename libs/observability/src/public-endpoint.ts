import { SetMetadata } from '@nestjs/common';

/** Metadata key of `@PublicEndpoint()`. */
export const PUBLIC_ENDPOINT = 'publicEndpoint';

/** Marks a route the API key never applies to (probes; the web app's shell, which asks for the key). */
export const PublicEndpoint = (): MethodDecorator & ClassDecorator => SetMetadata(PUBLIC_ENDPOINT, true);
