namespace Ingestion.Parser.Core;

/// <summary>
/// "Publié par lucie-en-campagne à 15:10 - Conseil municipal - Commentaires [4] - Permalien [#]": French blog platforms
/// (Canalblog, Overblog) close a post with its writer and clock, then its category, its comments link and its permalink,
/// all joined by spaced hyphens. The writer and clock are the first part; the rest is the footer's links.
/// </summary>
internal static class BlogEntryFooter
{
    private static readonly PrefixSet Labels = new(["publié par ", "posté par ", "postée par ", "publiée par "]);

    private static readonly PrefixSet LinkParts = new(["commentaires", "commentaire", "permalien", "lien permanent", "commenter", "comments", "permalink"]);

    public static string WriterPart(string line)
    {
        if (!Labels.Matches(line.AsSpan()))
        {
            return line;
        }

        var parts = line.Split(" - ", StringSplitOptions.TrimEntries);
        return parts.Length >= 2 && parts.Skip(1).Any(part => LinkParts.Matches(part.AsSpan())) ? parts[0] : line;
    }
}
