namespace Ingestion.Parser.Core;

/// <summary>
/// "… aux régions en septembre." / "Claire Dumoulin": a national daily prints its writer's name again, alone, under the
/// last paragraph (a link to the writer's page), after the byline already gave it; the name is no paragraph. Some print
/// a signature block there: "CAMILO ANDRÉS RUEDA PINZÓN" / "Corresponsal de EL HERALDO ANDINO" / "Bucaramanga", the
/// name over the writer's role and town, which go with it.
/// </summary>
internal static class SignatureUnderText
{
    /// <summary>The role and the town under the name: at most two short lines.</summary>
    private const int MaxLinesUnderName = 2;

    private const int MaxWordsUnderName = 6;

    private const int MaxDeskSignOff = 50;

    public static void RemoveFrom(List<string> body, IReadOnlyList<string> authors)
    {
        // "… Habt Spaß auf dem Weg." / "Gruß, Die Redaktion": a blog's newsroom signing off under the text names no writer,
        // and the line is no paragraph.
        if (body.Count >= 2 && body[^1].Length < MaxDeskSignOff && !Words.EndsSentence(body[^1]) && Words.EndsSentence(body[^2])
            && (NewsroomDeskName.EndsWithNewsroomWord(body[^1]) || NewsroomDeskName.Is(body[^1])))
        {
            body.RemoveAt(body.Count - 1);
        }

        for (var at = body.Count - 1; at >= Math.Max(1, body.Count - 1 - MaxLinesUnderName); at--)
        {
            if (IsAuthor(body[at], authors) && body.Skip(at + 1).All(IsSignatureLine))
            {
                body.RemoveRange(at, body.Count - at);
                return;
            }
        }
    }

    /// <summary>
    /// "… si le calendrier est respecté." / "MARC DEWANDRE", "… el doble que hace dos años." / "Marcela Ponzetti" /
    /// "Corresponsal en Rosario": a paper that prints no byline over the text signs it under the last paragraph. With no
    /// writer found above (or only the site's name), the signature's name is the writer, and the signature no paragraph.
    /// </summary>
    public static string? TakeWriter(List<string> body, IReadOnlyList<string> authors, string? site)
    {
        if (authors.Count > 1 || (authors.Count == 1 && !string.Equals(authors[0], site, StringComparison.OrdinalIgnoreCase)) || body.Count < 3)
        {
            return null;
        }

        for (var at = body.Count - 1; at >= body.Count - 1 - MaxLinesUnderName && at >= 2; at--)
        {
            var writer = IsSignedName(body[at]) ? body[at] : WriterBesideDesk(body[at]);
            if (writer is not null && Words.EndsSentence(body[at - 1]) && body.Skip(at + 1).All(IsSignatureLine) && !IsSignedAbove(body, at))
            {
                var name = writer;
                body.RemoveRange(at, body.Count - at);
                return name;
            }
        }

        return null;
    }

    /// <summary>
    /// "… Please vote yes." / "Margaret Ellsworth, Calloway" … "… a false economy." / "Rosa Delgado, Pine Ridge": a letters
    /// page signs every letter under its text; the last signature is one letter's, no writer of the page.
    /// </summary>
    private static bool IsSignedAbove(List<string> body, int signature)
    {
        for (var i = 1; i < signature; i++)
        {
            if (body[i].Length < 50 && Words.EndsSentence(body[i - 1]) && IsSignedName(body[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] DeskJoiners = [" und ", " and ", " & ", " et ", " e ", " y "];

    /// <summary>
    /// "Lena Hofer und Redaktion KlarWissen.ch": a science magazine signs with the writer and the newsroom that edited the
    /// piece. The newsroom (<see cref="NewsroomDeskName"/>) is no writer; the name before it is.
    /// </summary>
    private static string? WriterBesideDesk(string line)
    {
        if (line.Length >= 80)
        {
            return null;
        }

        foreach (var joiner in DeskJoiners)
        {
            var at = line.LastIndexOf(joiner, StringComparison.Ordinal);
            if (at > 0 && NewsroomDeskName.Is(line.AsSpan(at + joiner.Length)) && IsSignedName(line[..at]))
            {
                return line[..at];
            }
        }

        return null;
    }

    /// <summary>"Elisa Fournier", "MARC DEWANDRE": a person's two to four names, in capitals or not.</summary>
    private static bool IsSignedName(string line)
    {
        var name = line.Any(char.IsLower) ? line : string.Join(' ', line.Split(' ').Select(word => word.Length > 1 ? word[0] + word[1..].ToLowerInvariant() : word));
        return name.Length < 50 && BylineParser.IsWritersName(name);
    }

    private static bool IsAuthor(string line, IReadOnlyList<string> authors)
    {
        var name = WithoutBracketedRole(line);
        foreach (var author in authors)
        {
            // "Max Berger" under the byline's "Maximilian Berger": the short first name signed (ShortFirstNameSignature).
            if (string.Equals(name, author, StringComparison.OrdinalIgnoreCase) || ShortFirstNameSignature.Names(name, author))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Claire Ménard (Rennes, correspondante)": a French national signs with the writer's town and role in brackets.</summary>
    private static string WithoutBracketedRole(string line)
    {
        var open = line.IndexOf(" (", StringComparison.Ordinal);
        return open > 0 && line.EndsWith(')') && Words.Count(line.AsSpan(open)) <= MaxWordsUnderName ? line[..open] : line;
    }

    /// <summary>
    /// "Corresponsal de EL HERALDO ANDINO", "Bucaramanga": a few words opening with a capital and ending no sentence; or
    /// the book a reprinted chapter comes from ("Aus: Das Heidebuch. …", ExcerptSourceLine).
    /// </summary>
    private static bool IsSignatureLine(string line) =>
        (line.Length > 0 && char.IsUpper(line[0]) && Words.Count(line) <= MaxWordsUnderName && line[^1] is not ('.' or '!' or '?' or '"' or '»' or ':'))
        || ExcerptSourceLine.Is(line);
}
