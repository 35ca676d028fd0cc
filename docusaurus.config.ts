import { themes as prismThemes } from 'prism-react-renderer';
import type { Config } from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';

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
  future: { v4: true, faster: true },
  i18n: { defaultLocale: 'en', locales: ['en'] },
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
      },
    ],
  ],
  themeConfig: {
    colorMode: { defaultMode: 'light', respectPrefersColorScheme: true },
    navbar: {
      title: 'QKMS',
      logo: { alt: 'QKMS', src: 'img/favicon.svg' },
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
      theme: prismThemes.github,
      darkTheme: prismThemes.dracula,
      additionalLanguages: ['bash', 'python', 'json', 'java'],
    },
  } satisfies Preset.ThemeConfig,
};

export default config;
