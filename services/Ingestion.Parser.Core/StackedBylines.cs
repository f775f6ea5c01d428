using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "By JILLIAN MARSH (@JMarshANB)" / "By OMAR FENWICK": a network's story template prints one byline per writer, each in
/// its own block, one straight under the other. The second "By" line right under the byline that named the story's
/// writer names a co-writer, no rival byline.
/// </summary>
internal static class StackedBylines
{
    /// <summary>Whether <paramref name="line"/> is a second "By" line stacked right under the byline <paramref name="above"/>.</summary>
    public static bool Is(string above, string line) =>
        line.Length < 120 && BylineParser.OpensAsByline(line) && BylineParser.OpensAsByline(above);

    /// <summary>Adds the stacked byline's names that the first did not give.</summary>
    public static void Extend(List<string> authors, IReadOnlyList<string> stacked)
    {
        foreach (var name in stacked)
        {
            if (!authors.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                authors.Add(name);
            }
        }
    }

    /// <summary>Bylines looked at; the story's own comes first, the rails' teasers after it.</summary>
    private const int MostBylines = 8;

    /// <summary>
    /// The authors widened by the "By" blocks stacked right after the byline block that names the first of them:
    /// <c>&lt;div class="byline"&gt;By JILLIAN MARSH&lt;/div&gt;&lt;div class="byline"&gt;By OMAR FENWICK&lt;/div&gt;</c>.
    /// </summary>
    public static IReadOnlyList<string> Widened(IDocument document, IReadOnlyList<string> authors)
    {
        if (authors.Count == 0)
        {
            return authors;
        }

        var looked = 0;
        foreach (var byline in document.SelectAll(".byline"))
        {
            if (++looked > MostBylines)
            {
                break;
            }

            if (!byline.TextContent.Contains(authors[0], StringComparison.Ordinal))
            {
                continue;
            }

            List<string>? widened = null;
            for (var next = byline.NextElementSibling; next is not null && next.ClassList.Contains("byline"); next = next.NextElementSibling)
            {
                var text = Whitespace.Collapse(next.TextContent);
                if (!Is(text, text) || BylineParser.TryRead(text) is not { Count: > 0 } names)
                {
                    break;
                }

                widened ??= [.. authors];
                Extend(widened, names);
            }

            return widened ?? authors;
        }

        return authors;
    }
}
