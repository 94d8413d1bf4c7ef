import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/react';

// Lazily loaded pages and charts are transformed on first import; on a busy
// 2-core CI machine that can take longer than testing-library's 1 s default.
configure({ asyncUtilTimeout: 5_000 });
