export const CLASSIFIER_VERSION = '0.1.0';
