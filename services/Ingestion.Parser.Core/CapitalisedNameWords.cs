namespace Ingestion.Parser.Core;

/// <summary>
/// "Héctor Salinas / El Heraldo del Valle", "Anke van Dijk / Rijnbode": a photographer's and a paper's name after a
/// credit's label, every word capitalised but the particles names keep in lower case ("del", "van", "de la") and the
/// slash between the two names.
/// </summary>
internal static class CapitalisedNameWords
{
    private static readonly WordSet Particles = new(["de", "del", "de la", "la", "las", "los", "da", "do", "dos", "das", "di", "du", "van", "von", "der", "den", "ten", "ter", "y", "e"]);

    public static bool AreAll(ReadOnlySpan<char> name)
    {
        var first = true;
        foreach (var range in name.Split(' '))
        {
            var word = name[range];
            if (word is "/" or "")
            {
                continue;
            }

            // A particle never opens the name: "del Valle" alone is no credit.
            if (!char.IsUpper(word[0]) && (first || !Particles.Contains(word)))
            {
                return false;
            }

            first = false;
        }

        return !first;
    }
}
