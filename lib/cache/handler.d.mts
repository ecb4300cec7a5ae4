import { CacheHandler } from '@fortedigital/nextjs-cache-handler';

export default CacheHandler;
