import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { fetchMock } from './fetch-mock';

// nhsuk-frontend styles components only under this class, as index.html sets it.
document.body.classList.add('nhsuk-frontend-supported');

afterEach(() => {
  cleanup();
  fetchMock.mockReset();
});
