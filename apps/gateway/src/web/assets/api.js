// Every call the pages make goes through apiFetch: it adds the API key when one is
// stored, and asks for it (once, then kept in localStorage) when the gateway says 401.

const KEY_STORAGE = 'apiKey';
let settingsPromise;

export function settings() {
  settingsPromise ??= fetch('/ui/settings').then((r) => r.json());
  return settingsPromise;
}

function storedKey() {
  return localStorage.getItem(KEY_STORAGE);
}

/** Shows the key dialog and resolves with the key typed in. */
export function askForKey(wrong = false) {
  const dialog = document.getElementById('api-key-dialog');
  const form = document.getElementById('api-key-form');
  const input = document.getElementById('api-key-input');
  document.getElementById('api-key-error').hidden = !wrong;
  input.value = '';
  return new Promise((resolve) => {
    form.addEventListener(
      'submit',
      () => {
        const key = input.value.trim();
        localStorage.setItem(KEY_STORAGE, key);
        resolve(key);
      },
      { once: true },
    );
    if (!dialog.open) dialog.showModal();
  });
}

/** Asks for the key before the first call when the gateway needs one and none is kept. */
export async function ensureKey() {
  const { apiKeyRequired } = await settings();
  if (apiKeyRequired && !storedKey()) await askForKey();
}

function withKey(init = {}) {
  const key = storedKey();
  const headers = new Headers(init.headers);
  if (key) headers.set('x-api-key', key);
  return { ...init, headers };
}

/** fetch with the key; on 401 asks for a (new) key and tries again. */
export async function apiFetch(path, init = {}) {
  let response = await fetch(path, withKey(init));
  for (let tries = 0; response.status === 401 && tries < 3; tries++) {
    await askForKey(Boolean(storedKey()));
    response = await fetch(path, withKey(init));
  }
  return response;
}

/** The JSON body, or an Error carrying the gateway's message (which is meant for people). */
export async function apiJson(path, init) {
  const response = await apiFetch(path, init);
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    const message = Array.isArray(body.message) ? body.message.join('; ') : body.message;
    const error = new Error(message || `${response.status} ${response.statusText}`);
    error.status = response.status;
    error.body = body;
    throw error;
  }
  return body;
}

/**
 * Multipart upload with progress (fetch cannot report upload progress; XMLHttpRequest can).
 * Resolves with {status, body}.
 */
export function uploadFiles(formData, onProgress) {
  const send = () =>
    new Promise((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open('POST', '/documents');
      const key = storedKey();
      if (key) xhr.setRequestHeader('x-api-key', key);
      xhr.upload.onprogress = (event) => event.lengthComputable && onProgress(event.loaded / event.total);
      xhr.onload = () => {
        let body = {};
        try {
          body = JSON.parse(xhr.responseText);
        } catch {}
        resolve({ status: xhr.status, body });
      };
      xhr.onerror = () => reject(new Error('network'));
      xhr.send(formData);
    });
  return send().then(async (result) => {
    if (result.status !== 401) return result;
    await askForKey(Boolean(storedKey()));
    return send();
  });
}
