namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;meta name="author" content="Mara  Quell"&gt;" in the head and "By &lt;a class="author"&gt;Mara Quell &amp; Tobin
/// Ashgrove&lt;/a&gt;" over the text: a template fills the author meta from the first writer's account only, while the byline
/// the reader sees names both. The shown byline wins when it names the meta's writer among two or more; a byline naming
/// someone else (a desk's account in the meta, another story's card) leaves the meta's name as before. The JSON-LD's one
/// "Person" author is such a first writer too: "author": {"@type": "Person", "name": "Mara Quell"} beside the shown
/// "Mara Quell et Tobin Ashgrove" gives both.
/// </summary>
internal static class CoWritersBesideMetaAuthor
{
    public static bool Widens(string metaAuthor, List<string> shown)
    {
        if (shown.Count < 2)
        {
            return false;
        }

        var meta = Whitespace.Collapse(metaAuthor);
        foreach (var name in shown)
        {
            if (string.Equals(Whitespace.Collapse(name), meta, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
