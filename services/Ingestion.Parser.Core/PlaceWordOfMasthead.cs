namespace Ingestion.Parser.Core;

/// <summary>
/// "EL HERALDO DE VALDEORIA" / menu / "VALDEORIA" / headline / … / "© Editorial Heraldo de Valdeoria S.L.": a regional
/// daily names its local section after the town its masthead holds. One word further down that is a whole word of the
/// masthead of several words already found above is that section, not a rival masthead, though the copyright line names it.
/// </summary>
internal static class PlaceWordOfMasthead
{
    public static bool Is(string word, string? masthead)
    {
        if (masthead is null || word.Length < 3 || word.Length >= masthead.Length || word.Contains(' ', StringComparison.Ordinal))
        {
            return false;
        }

        var at = masthead.IndexOf(word, StringComparison.OrdinalIgnoreCase);
        while (at >= 0)
        {
            var after = at + word.Length;
            if ((at == 0 || masthead[at - 1] == ' ') && (after == masthead.Length || masthead[after] == ' '))
            {
                return true;
            }

            at = masthead.IndexOf(word, after, StringComparison.OrdinalIgnoreCase);
        }

        return false;
    }
}
