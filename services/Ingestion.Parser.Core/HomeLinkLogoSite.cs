using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div id="header-inner"&gt;&lt;a href="http://www.site.de/"&gt;&lt;img src="/css/banner.gif" alt="Site Name"&gt;&lt;/a&gt;":
/// a hand-built blog's banner is a picture linking to its home page, in a box no logo selector names, its alt text the
/// site's name. Asked last, where no share card, title, masthead line, copyright line or feed names the site: the
/// banner's alt is then the only name the page gives itself.
/// </summary>
internal static class HomeLinkLogoSite
{
    public static string? Name(IDocument document) => HtmlMetaReader.LogoAltName(HomeLinkLogo.Find(document));
}
