import { loadConfig } from '@app/config';
import { jobOptionsFor } from './job-policy';

describe('jobOptionsFor', () => {
  it('gives each document one job per stage, with the stage policy from config', () => {
    const config = loadConfig({ FETCH_ATTEMPTS: '7', FAILED_JOB_RETENTION_SECONDS: '60' });
    const options = jobOptionsFor('fetch', 'abc', config);
    expect(options.jobId).toBe('abc-fetch');
    expect(options.attempts).toBe(7);
    expect(options.backoff).toEqual({ type: 'capped-exponential', delay: 2000 });
    expect(options.removeOnFail).toEqual({ age: 60 });
    expect(jobOptionsFor('index', 'abc', config).jobId).toBe('abc-index');
  });
  it('refuses a stage policy that makes no sense', () => {
    expect(() => loadConfig({ INDEX_ATTEMPTS: '0' })).toThrow(/INDEX_ATTEMPTS/);
  });
});
