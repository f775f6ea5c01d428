using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "Sources: &lt;a&gt;Harbour Gazette&lt;/a&gt;, &lt;a&gt;Bay Radio&lt;/a&gt; / Photo Credit: &lt;a&gt;Dana Ruiz/Flickr&lt;/a&gt;": a news site
/// closes its text with one line listing the stories it drew on and, after a slash, the credit of the picture over the
/// story, which has no caption of its own. The sources are no body and no caption; the credit part, its label kept as an
/// HTML caption keeps it, is the picture's caption entry. The whole line was read either way (with the links, as a
/// teaser paragraph, or as a caption for its credit words). Cost: per <c>p</c> of the page, a look at its first text
/// node's opening letters; only a "Sources:" line is read further, and no text is built for the others.
/// </summary>
internal static class SourcesLinePhotoCredit
{
    private static readonly string[] Openings = ["Sources:", "Source:", "SOURCES:", "SOURCE:"];

    private static readonly string[] CreditLabels = ["Photo Credit:", "Photo credit:", "PHOTO CREDIT:", "Image Credit:", "Image credit:", "Photo:", "Image:"];

    /// <summary>How many words the credit after its label holds at most ("Name Name/Outlet").</summary>
    private const int MaxCreditWords = 8;

    /// <summary>The credits of the document's sources lines, in page order; the lines leave the document.</summary>
    public static List<string> Take(IDocument document)
    {
        var credits = new List<string>();
        foreach (var paragraph in document.SelectAll("p"))
        {
            if (paragraph.FirstChild is not IText { Data: var data } || !Opens(data.AsSpan().TrimStart()))
            {
                continue;
            }

            if (Credit(Whitespace.Collapse(paragraph.TextContent)) is { } credit)
            {
                credits.Add(credit);
                paragraph.Remove();
            }
        }

        return credits;
    }

    /// <summary>"Photo Credit: Dana Ruiz/Flickr" from a sources line ending in it; null for any other line.</summary>
    public static string? Credit(string line)
    {
        if (line.Length > 600 || !Opens(line.AsSpan()))
        {
            return null;
        }

        foreach (var label in CreditLabels)
        {
            var at = line.LastIndexOf(label, StringComparison.Ordinal);
            // The credit stands after a slash or a bar that parts it from the sources, never first on the line.
            if (at <= 0 || line.AsSpan(0, at).TrimEnd() is not [.., '/' or '|' or '–' or '—'])
            {
                continue;
            }

            var name = line.AsSpan(at + label.Length).Trim();
            return name.IsEmpty || Words.Count(name) > MaxCreditWords ? null : line[at..].TrimEnd();
        }

        return null;
    }

    private static bool Opens(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || text[0] != 'S')
        {
            return false;
        }

        foreach (var opening in Openings)
        {
            if (text.StartsWith(opening, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
