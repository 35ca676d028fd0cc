import { themes as prismThemes } from 'prism-react-renderer';
import type { Config } from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import { readableCodeTheme } from './src/prism/readableCodeTheme';
import contentSecurityPolicyPlugin from './src/plugins/contentSecurityPolicy';
import prismWithoutBundledLanguagesPlugin from './src/plugins/prismWithoutBundledLanguages';
import searchMarksWhereMarkedPlugin from './src/plugins/searchMarksWhereMarked';
import { HIGHLIGHTED_LANGUAGES } from './src/prism/highlightedLanguages';

const config: Config = {
  title: 'QKMS',
  tagline: 'Key management with a KMS-compatible API — and a live sandbox on every page',
  favicon: 'img/favicon.svg',
  url: 'https://docs.qkms.example',
  baseUrl: '/',
  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  markdown: {
    hooks: { onBrokenMarkdownLinks: 'throw' },
  },
  future: {
    // The v4 flags but CSS cascade layers: for the browsers our browserslist targets, the build polyfills layers by
    // raising Infima's specificity (`:root:not(#\\#):not(#\\#)`), so Infima outranked src/css/custom.css and every
    // CSS module — the site showed Infima's default #3578e5 (4.2:1 on white) instead of our contrast-checked colours.
    v4: {
      removeLegacyPostBuildHeadAttribute: true,
      useCssCascadeLayers: false,
      siteStorageNamespacing: true,
      fasterByDefault: true,
      mdx1CompatDisabledByDefault: true,
    },
    faster: true,
  },
  i18n: { defaultLocale: 'en', locales: ['en'] },
  clientModules: ['./src/clientModules/dedupedPrefetch.ts', './src/clientModules/warmCollator.ts'],
  presets: [
    [
      'classic',
      {
        docs: {
          routeBasePath: 'docs',
          sidebarPath: './sidebars.ts',
        },
        blog: false,
        theme: { customCss: './src/css/custom.css' },
      } satisfies Preset.Options,
    ],
  ],
  plugins: [contentSecurityPolicyPlugin, prismWithoutBundledLanguagesPlugin, searchMarksWhereMarkedPlugin],
  themes: [
    [
      '@easyops-cn/docusaurus-search-local',
      {
        hashed: true,
        indexDocs: true,
        indexBlog: false,
        indexPages: false,
        docsRouteBasePath: '/docs',
        highlightSearchTermsOnTargetPage: true,
        // Screen-reader text of anchor links ("Direct link to KeyId") is not content to find.
        ignoreCssSelectors: ['.search-ignore'],
      },
    ],
  ],
  themeConfig: {
    colorMode: { defaultMode: 'light', respectPrefersColorScheme: true },
    navbar: {
      title: 'QKMS',
      // Empty alt: the title beside the logo already names the link, and a second "QKMS" is read twice.
      logo: { alt: '', src: 'img/favicon.svg' },
      items: [
        { type: 'docSidebar', sidebarId: 'docs', position: 'left', label: 'Docs' },
        // The overview; the link stays highlighted on every operation page under it.
        { to: '/docs/api', label: 'API reference', position: 'left', activeBaseRegex: '^/docs/api(/|$)' },
      ],
    },
    footer: {
      style: 'dark',
      copyright: 'QKMS documentation. The sandbox runs entirely in your browser; its example keys are public.',
    },
    prism: {
      theme: readableCodeTheme(prismThemes.github),
      darkTheme: readableCodeTheme(prismThemes.dracula),
      additionalLanguages: HIGHLIGHTED_LANGUAGES,
    },
  } satisfies Preset.ThemeConfig,
};

export default config;
