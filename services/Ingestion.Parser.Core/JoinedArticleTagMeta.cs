namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;meta property="article:tag" content="Accidentes aéreos, Kenia"&gt;": the protocol gives each tag a meta of its own, but
/// some templates write the whole list into one, comma-joined (the cXense metas beside it list "Accidentes aéreos" and
/// "Kenia" apart). A lone meta whose content runs to comma-parted words is that list.
/// </summary>
internal static class JoinedArticleTagMeta
{
    /// <summary>Most words a tag of a joined list runs to; a longer part is a phrase with a comma in it.</summary>
    private const int MaxTagWords = 5;

    public static IEnumerable<string> Tags(IEnumerable<string> metas)
    {
        var all = metas.ToList();
        if (all is [var only] && only.Contains(", ", StringComparison.Ordinal) && TagLineParser.Split(only) is { Count: > 1 } parts
            && parts.TrueForAll(part => Words.Count(part) <= MaxTagWords && !Words.EndsSentence(part)))
        {
            return parts;
        }

        return all;
    }
}
