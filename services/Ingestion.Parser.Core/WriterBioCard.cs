namespace Ingestion.Parser.Core;

/// <summary>
/// "Renata Olszewski covers transportation for The Harbor City Post.", "Priya Raman" / "Priya covers the waterfront …":
/// the writer's card under the text (a contributor box, a newsroom theme's author footer), which a browser's copy of the
/// page prints as plain paragraphs after the last one; it names the byline's writer, then what the writer does. It is no
/// part of the story. A paper may set the card in capitals under the text ("JANE DOE IS THE NETWORK'S POLITICAL EDITOR"),
/// and an HTML page's card sits in the text's box, the byline above it: both are read the same way.
/// </summary>
internal static class WriterBioCard
{
    /// <summary>
    /// A card of two writers runs to two bios ("Name ist Sprachwissenschaftler an … Name ist Professorin für …"): up to
    /// this long when it opens with a writer's full name (GermanWriterBioCard).
    /// </summary>
    private const int MaxBioLength = 400;
    private const int MaxFullNameBioLength = 700;

    /// <summary>What a card says a writer does: "covers", "writes about", "reports on", "has covered" …</summary>
    private static readonly PrefixSet WorkVerbs = new("covers ", "writes ", "reports ", "has covered ", "has reported ", "has written ", "edits ");

    /// <summary>"Ravi is Mesa Signal's data reporter": under the card's own name line, the sentence may say who the writer is.</summary>
    /// <summary>A German daily's card under a guest piece says the same: "Name ist Sprachwissenschaftler an der Universität …".</summary>
    private static readonly PrefixSet RoleVerbs = new("is ", "was ", "joined ", "ist ", "war ", "lehrt ", "forscht ", "arbeitet ");

    /// <summary>Takes the cards (a bio, optionally under its name line) off the end of the body, the text's last paragraph kept.</summary>
    public static void RemoveFrom(List<string> body, IReadOnlyList<string> authors)
    {
        if (authors.Count == 0)
        {
            return;
        }

        while (body.Count > 2 && IsBio(body[^1], authors, nameAbove: body[^2]))
        {
            body.RemoveAt(body.Count - 1);
            if (body.Count > 2 && IndexOfAuthor(body[^1], authors) >= 0)
            {
                body.RemoveAt(body.Count - 1);
            }
        }
    }

    /// <summary>
    /// A writer's full name and what the writer does, or the first name alone and a work verb ("Ilse covers …"), or, under
    /// the card's name line, the first name and who the writer is.
    /// </summary>
    public static bool IsBio(string text, IReadOnlyList<string> authors, string? nameAbove)
    {
        if (text.Length > MaxFullNameBioLength || text.Length < 12 || !char.IsUpper(text[0]))
        {
            return false;
        }

        // A card in capitals is read in small letters, the names too: "DANA WHITCOMB IS …" names "Dana Whitcomb".
        // "Hartley & Voss write about television …": a writing team's card, the byline's writer one of the pair.
        if (WritingTeamCard.Is(text, authors))
        {
            return true;
        }

        var capitals = !text.Any(char.IsLower);
        if (capitals)
        {
            text = text.ToLowerInvariant();
            nameAbove = nameAbove?.ToLowerInvariant();
        }

        var namedAbove = nameAbove is null ? -1 : IndexOfAuthor(nameAbove, authors, capitals);
        for (var i = 0; i < authors.Count; i++)
        {
            var name = capitals ? authors[i].ToLowerInvariant() : authors[i];
            var firstSpace = name.IndexOf(' ');
            if (firstSpace <= 0)
            {
                continue;
            }

            var fullName = AfterName(text, name);
            if (fullName is null && text.Length > MaxBioLength)
            {
                continue;
            }

            var rest = fullName ?? AfterName(text, name[..firstSpace]);
            if (rest is { } said
                && (WorkVerbs.MatchLength(said) > 0 || (RoleVerbs.MatchLength(said) > 0 && (namedAbove == i || text.StartsWith(name + " ", StringComparison.Ordinal)))))
            {
                return true;
            }
        }

        return false;
    }

    private static string? AfterName(string text, string name) =>
        text.Length > name.Length + 1 && text.StartsWith(name, StringComparison.Ordinal) && text[name.Length] == ' ' ? text[(name.Length + 1)..] : null;

    private static int IndexOfAuthor(string line, IReadOnlyList<string> authors, bool ignoreCase = false)
    {
        for (var i = 0; i < authors.Count; i++)
        {
            if (string.Equals(line.Trim(), authors[i], ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
