using System.Text.Json;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;meta name="author" content="Nadia Mendoza"&gt;" in the head, "By &lt;a class="author" href="/journalists/nadia-mendoza"&gt;Helen
/// Wood&lt;/a&gt;" over the text and '&lt;meta name="parsely-page" content='{…"author":"Helen Wood"…}'&gt;': a guest column filed
/// under a staff editor's account fills the author meta from the account, while the byline the reader sees and the
/// analytics service's page meta (Parse.ly's, filled from the post's display byline) both name the columnist. Two of the
/// page's three sources, the shown one among them, agree: the shown byline wins. A byline that the Parse.ly meta does not
/// name leaves the author meta as before (<see cref="CoWritersBesideMetaAuthor"/> says why: a desk's account, another
/// story's card), and so does a Parse.ly meta naming the meta's writer. Cost: asked only where an author meta and a shown
/// byline differ on a page with that meta; one JSON parse of a short string.
/// </summary>
internal static class ParselyConfirmedByline
{
    /// <summary>Longer than any page meta the service writes: a script's blob, not its meta.</summary>
    private const int LongestPageMeta = 4000;

    /// <summary>Whether the shown byline's <paramref name="shown"/> names replace <paramref name="metaAuthor"/>.</summary>
    public static bool Replaces(string metaAuthor, List<string> shown, string? parselyPage)
    {
        if (shown.Count == 0 || parselyPage is not { Length: > 20 and < LongestPageMeta } || !parselyPage.Contains("\"author", StringComparison.Ordinal))
        {
            return false;
        }

        var meta = Whitespace.Collapse(metaAuthor);
        foreach (var name in shown)
        {
            if (string.Equals(Whitespace.Collapse(name), meta, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        var confirmed = Authors(parselyPage);
        if (confirmed.Count != shown.Count)
        {
            return false;
        }

        foreach (var name in shown)
        {
            if (!confirmed.Exists(other => string.Equals(other, Whitespace.Collapse(name), StringComparison.OrdinalIgnoreCase)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The page meta's "author" (a string) or "authors" (a list of strings), each collapsed.</summary>
    private static List<string> Authors(string parselyPage)
    {
        var names = new List<string>();
        try
        {
            using var json = JsonDocument.Parse(parselyPage);
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                return names;
            }

            if (json.RootElement.TryGetProperty("author", out var author) && author.ValueKind == JsonValueKind.String)
            {
                Add(names, author.GetString());
            }
            else if (json.RootElement.TryGetProperty("authors", out var authors) && authors.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in authors.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.String)
                    {
                        Add(names, item.GetString());
                    }
                }
            }
        }
        catch (JsonException)
        {
            names.Clear();
        }

        return names;
    }

    private static void Add(List<string> names, string? value)
    {
        if (Whitespace.Collapse(value) is { Length: > 0 } name)
        {
            names.Add(name);
        }
    }
}
