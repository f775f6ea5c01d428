using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="widget Header" id="Header1"&gt;&lt;div id="header-inner"&gt;&lt;a href="https://gardenhaven.example/"&gt;&lt;img
/// alt="Garden Haven | Award-winning Garden Blog" id="Header1_headerimg"&gt;": Blogger's header widget shows the blog's
/// title as its banner's alt text, in no header element or logo box, the blog's tagline after a bar. The name before the
/// bar names the site.
/// </summary>
internal static class BloggerHeaderLogo
{
    private const int MaxNameWords = 5;

    public static string? Name(IDocument document)
    {
        if (document.SelectFirst(".Header img[id$='_headerimg'][alt], #header-inner a img[id$='_headerimg'][alt]")?.GetAttribute("alt") is not { } alt)
        {
            return null;
        }

        var name = Whitespace.Collapse(alt);
        var bar = name.IndexOf(" | ", StringComparison.Ordinal);
        name = bar > 0 ? name[..bar].Trim() : name;
        return Words.Count(name) is >= 1 and <= MaxNameWords ? name : null;
    }
}
