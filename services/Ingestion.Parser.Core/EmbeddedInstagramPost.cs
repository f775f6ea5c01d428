namespace Ingestion.Parser.Core;

/// <summary>
/// "View this post on Instagram" / "#harbour #ferry" / "A post shared by Name (@handle) on Jun 3, 2019 at 9:12am PDT": an
/// Instagram post embedded in the text, as a rendering prints it once its script is gone: the embed's link, the post's own
/// words, its signature line. The post is the poster's, not the story's, and its hashtags are the poster's, not the page's
/// tags. Embeds are served in the reader's language, so the link and the signature come in each.
/// </summary>
internal static class EmbeddedInstagramPost
{
    private static readonly string[] SignatureOpeners =
    [
        "A post shared by ", "A photo posted by ", "A video posted by ", "Ein Beitrag geteilt von ", "Une publication partagée par ",
        "Una publicación compartida de ", "Una publicación compartida por ", "Un post condiviso da ", "Een bericht gedeeld door ",
    ];

    private static readonly string[] ViewLinks =
    [
        "View this post on Instagram", "Sieh dir diesen Beitrag auf Instagram an", "Voir cette publication sur Instagram",
        "Ver esta publicación en Instagram", "Visualizza questo post su Instagram", "Dit bericht op Instagram bekijken",
    ];

    /// <summary>Lines the post's own words may take between the embed's link and its signature.</summary>
    public const int MostWordLines = 6;

    /// <summary>"A post shared by Name (@handle) on …": the opener, the account's name and handle.</summary>
    public static bool IsSignature(string line)
    {
        var text = line.AsSpan().Trim();
        if (text.Length is < 20 or > 200)
        {
            return false;
        }

        foreach (var opener in SignatureOpeners)
        {
            if (text.StartsWith(opener, StringComparison.Ordinal))
            {
                var handle = text.IndexOf("(@", StringComparison.Ordinal);
                return handle > opener.Length && text[handle..].Contains(')');
            }
        }

        return false;
    }

    /// <summary>"View this post on Instagram": the embed's link to the post, over its words.</summary>
    public static bool IsViewLink(string line)
    {
        var text = line.AsSpan().Trim();
        foreach (var link in ViewLinks)
        {
            if (text.Equals(link, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
