namespace Ingestion.Parser.Core;

/// <summary>
/// "Produced by Ana Ruiz and Tom Hale, Photographs by Lena Park, Written by Owen Marsh, Graphics by Kit Doyle": a
/// multimedia feature credits everyone who made it in one line under its headline, each role before "by" and its names,
/// the parts joined by commas. Only the writers wrote the story: as "Words by Name | Photographs by Name" gives the writer
/// alone (t36), the authors are the names after a writing role ("Written", "Words", "Text", "Story", "Reporting",
/// "Reported"); producers, photographers, interviewers, graphics and video makers are no authors. A line of two or
/// more such parts is read so; a line with no writing role is left to the other byline readers. Cost: asked of every
/// byline candidate, it first looks for two " by " in the line (two span searches) and allocates only for a line that
/// holds them.
/// </summary>
internal static class RoleCreditLine
{
    private static readonly WordSet RoleWords = new(
    [
        "produced", "production", "photographs", "photography", "photos", "photo", "written", "words", "text", "story",
        "reporting", "reported", "interviews", "graphics", "video", "design", "designed", "edited", "editing",
        "illustrations", "illustration", "animation", "development", "research", "additional", "and",
    ]);

    private static readonly WordSet WriterRoles = new(["written", "words", "text", "story", "reporting", "reported"]);

    /// <summary>The writers a role credit line names, or null when the line is no such line or names no writer.</summary>
    public static List<string>? Writers(ReadOnlySpan<char> line)
    {
        var first = line.IndexOf(" by ", StringComparison.Ordinal);
        if (first <= 0 || line[(first + 4)..].IndexOf(" by ", StringComparison.Ordinal) < 0 || line.Length > 400)
        {
            return null;
        }

        List<string>? writers = null;
        var parts = 0;
        var rest = line.Trim().TrimEnd('.');
        var inWriterPart = false;
        while (!rest.IsEmpty)
        {
            var comma = rest.IndexOf(", ", StringComparison.Ordinal);
            var part = comma < 0 ? rest : rest[..comma];
            rest = comma < 0 ? ReadOnlySpan<char>.Empty : rest[(comma + 2)..];
            var by = part.IndexOf(" by ", StringComparison.Ordinal);
            if (by > 0 && IsRole(part[..by]))
            {
                parts++;
                inWriterPart = WriterRoles.Contains(Words.LastWord(part[..by]));
                part = part[(by + 4)..];
            }
            else if (parts == 0)
            {
                return null;
            }

            if (inWriterPart && BylineParser.ReadNames(part) is { Count: > 0 } names)
            {
                writers ??= [];
                writers.AddRange(names);
            }
        }

        return parts >= 2 ? writers : null;
    }

    /// <summary>
    /// SiteBylineOverCredits: the writers of the page's first role credit line. A feature whose byline signs the paper
    /// ("By THE DAILY LEDGER") or names no one credits its makers in such a line under its own headline; asked only
    /// when no writer was found otherwise, one cheap search per line of the page's text.
    /// </summary>
    public static List<string>? FirstIn(PageLines lines)
    {
        for (var index = 0; index < lines.Count; index++)
        {
            if (lines[index].Text is { Length: > 20 } text && Writers(text) is { Count: > 0 } writers)
            {
                return writers;
            }
        }

        return null;
    }

    /// <summary>One to three role words, the first capitalised: "Produced", "Video", "Additional reporting".</summary>
    private static bool IsRole(ReadOnlySpan<char> role)
    {
        if (role.IsEmpty || !char.IsUpper(role[0]))
        {
            return false;
        }

        var words = 0;
        foreach (var range in role.Split(' '))
        {
            var word = role[range];
            if (word.IsEmpty || ++words > 3 || !RoleWords.Contains(word))
            {
                return false;
            }
        }

        return words > 0;
    }
}
