using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// A newspaper's blog on Movable Type, TypePad or Blogger: the document title leads with the blog's name ("Capitol
/// Notebook: Senate panel guts …"), while the paper's logo tops the page in a bar of its own and the copyright line
/// names the paper ("© Copyright 2011, The Brenton Daily Sentinel"); the logo may be a picture or a text link (<see cref="PaperLogoLink"/>). The paper is the site, as a reader takes it.
/// Movable Type's own templates put the headline first and both names after it ("Farewell to the Blue Plate … - Table
/// Talk - The Cass County Ledger"): there the paper is the last of the two.
/// </summary>
internal static class NewspaperBlog
{
    /// <summary>The paper's name, or null when the title has no blog name before the headline or no logo's name is in the copyright line.</summary>
    public static string? PaperOf(IDocument document, string? title)
    {
        var full = Whitespace.Collapse(document.Title);
        var blogAfter = title is not null && BlogAndPaperAfter(full, title);
        if (title is null || (!full.EndsWith(": " + title, StringComparison.Ordinal) && !blogAfter))
        {
            return null;
        }

        if (CopyrightNotice.Of(document) is not { } notice)
        {
            return null;
        }

        // The logo is a picture with the paper's name as its alt text, or that name as the text of a front-page link.
        return document.SelectAll("img[alt]").Select(logo => Whitespace.Collapse(logo.GetAttribute("alt")!)).Concat(PaperLogoLink.Names(document))
            .FirstOrDefault(name => name.Length is > 3 and <= 60 && Words.Count(name) >= 2 && notice.Contains(name, StringComparison.Ordinal)
                && (!blogAfter || full.EndsWith(" - " + name, StringComparison.Ordinal)));
    }

    /// <summary>"Headline - Blog - Paper": the headline, then two names after " - ".</summary>
    private static bool BlogAndPaperAfter(string full, string title)
    {
        if (!full.StartsWith(title + " - ", StringComparison.Ordinal))
        {
            return false;
        }

        var rest = full.AsSpan(title.Length + 3);
        var bar = rest.IndexOf(" - ", StringComparison.Ordinal);
        return bar > 0 && rest[(bar + 3)..].IndexOf(" - ", StringComparison.Ordinal) < 0;
    }
}
