using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// A newspaper's blog on Movable Type, TypePad or Blogger: the document title leads with the blog's name ("Capitol
/// Notebook: Senate panel guts …"), while the paper's logo tops the page in a bar of its own and the copyright line
/// names the paper ("© Copyright 2011, The Brenton Daily Sentinel"). The paper is the site, as a reader takes it.
/// </summary>
internal static class NewspaperBlog
{
    /// <summary>The paper's name, or null when the title has no blog name before the headline or no logo's name is in the copyright line.</summary>
    public static string? PaperOf(IDocument document, string? title)
    {
        var full = Whitespace.Collapse(document.Title);
        if (title is null || !full.EndsWith(": " + title, StringComparison.Ordinal))
        {
            return null;
        }

        var copyright = document.Body?.SelectAll("div, p, td, span").LastOrDefault(element => element.ChildElementCount <= 2 && IsCopyrightLine(Whitespace.Collapse(element.TextContent)));
        if (copyright is null)
        {
            return null;
        }

        var notice = Whitespace.Collapse(copyright.TextContent);
        return document.SelectAll("img[alt]").Select(logo => Whitespace.Collapse(logo.GetAttribute("alt")!))
            .FirstOrDefault(name => name.Length is > 3 and <= 60 && Words.Count(name) >= 2 && notice.Contains(name, StringComparison.Ordinal));
    }

    private static bool IsCopyrightLine(string text) =>
        text.Length is > 0 and < 200 && (text.Contains('©') || text.StartsWith("Copyright", StringComparison.OrdinalIgnoreCase));
}
