namespace Ingestion.Parser.Core;

/// <summary>
/// "Geir M. skrev 26.09.2013 kl. 18:12:", "Jan K. napisał 26.09.2013, 18:04", "nordlicht schrieb 26.09.2013 18:04 Uhr:": a
/// comment header that puts the verb "wrote" between the name and its date with no preposition. The date is read off the
/// end as in any "Name date" header; the verb left at the name's end is no part of the name.
/// </summary>
internal static class WroteVerbBeforeDate
{
    // The past and present of "write" and "say" in the languages the corpus reads; one word each, so a name never
    // loses more than the last word.
    private static readonly WordSet Verbs = new(
        "wrote", "writes", "says", "said", "skrev", "skriver", "schrieb", "schreibt", "sagt", "napisał", "napisała", "napisał(a)",
        "napsal", "napsala", "kirjoitti", "écrit", "escribió", "scrive", "schreef", "schrijft", "escreveu", "dice", "dijo");

    /// <summary>The name without a "wrote" verb as its last word, or the same string when it ends otherwise.</summary>
    public static string Without(string name)
    {
        var space = name.LastIndexOf(' ');
        // "Chioma Said 2013-09-26 20:31": a capitalised "Said" is the family name (SaidSurname), the verb is printed in lower case.
        if (space <= 0 || SaidSurname.Ends(name) || name.Length - space - 1 is < 4 or > 10 || !Verbs.Contains(name.AsSpan(space + 1)))
        {
            return name;
        }

        var before = name.AsSpan(0, space).TrimEnd();
        return before.Length > 0 ? before.ToString() : name;
    }
}
