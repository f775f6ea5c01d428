namespace Ingestion.Parser.Core;

/// <summary>
/// "You are here: Home / News / Willow Creek schools put $18.6 million bond on November ballot": a WordPress theme's
/// breadcrumb over the post, its last item the headline itself. It is navigation, neither title nor text, though it
/// holds the headline's words; so is "Home / News / Local" without the label, and either with arrows between the crumbs.
/// </summary>
internal static class SlashBreadcrumb
{
    private static readonly PrefixSet Labels = new("you are here: ", "you are here ", "sie sind hier: ", "vous êtes ici : ", "vous êtes ici: ", "usted está en: ", "estás en: ");

    private static readonly PrefixSet Roots = new("home", "startseite", "accueil", "inicio", "portada");

    /// <summary>
    /// Plone and other CMSs part the crumbs with an arrow or a chevron ("You are here: Home → News → 2013 → …"), which a
    /// browser's innerText prints as a character where a text browser may print the separator image's alt text.
    /// </summary>
    private static readonly string[] Separators = [" / ", " → ", " › ", " » ", " > "];

    public static bool Is(ReadOnlySpan<char> text)
    {
        // Asked of every line: the first letters turn prose down before any search.
        if (text.Length is < 8 or > 300 || text[0] is not ('Y' or 'y' or 'H' or 'h' or 'S' or 'V' or 'A' or 'I' or 'P' or 'U' or 'E'))
        {
            return false;
        }

        var label = Labels.MatchLength(text);
        var items = text[label..];
        var root = Roots.MatchLength(items);
        if (root == 0)
        {
            return false;
        }

        foreach (var separator in Separators)
        {
            if (items[root..].StartsWith(separator, StringComparison.Ordinal))
            {
                return label > 0 || items.Count(separator) >= 2;
            }
        }

        return false;
    }
}
