import '@saxon-ai/components/define'; // registers <saxon-dataset-search>, <saxon-actor-map>, …
import { createApp } from 'vue';
import App from './App.vue';
import './styles.css';

createApp(App).mount('#app');
