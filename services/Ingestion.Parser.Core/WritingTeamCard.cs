namespace Ingestion.Parser.Core;

/// <summary>
/// "Hartley &amp; Voss write about television for the Ledger and host a podcast. Follow them on Twitter @hartleyvoss.": a
/// writing team's card under a column one of them signed. It names the pair (surnames joined by "&amp;" or "and"), the
/// byline's writer among them, then what they do in a plural verb, which <see cref="WriterBioCard"/>'s single writer's
/// "covers"/"writes" does not read. It is no part of the story, like one writer's card.
/// </summary>
internal static class WritingTeamCard
{
    /// <summary>How long a card runs: a sentence on what the team does and one on where to follow it.</summary>
    private const int MaxLength = 400;

    /// <summary>What a team's card says the team does: "write about", "cover", "review" …</summary>
    private static readonly PrefixSet TeamWorkVerbs = new("write ", "cover ", "report ", "review ", "edit ", "host ", "have written ", "have covered ");

    private static readonly string[] Joiners = [" & ", " and "];

    /// <summary>The pair's names (one to three words each), one of them the writer's surname or full name, then a plural work verb.</summary>
    public static bool Is(string text, IReadOnlyList<string> authors)
    {
        if (text.Length > MaxLength || !char.IsUpper(text[0]))
        {
            return false;
        }

        foreach (var joiner in Joiners)
        {
            var join = text.IndexOf(joiner, StringComparison.Ordinal);
            if (join <= 0 || join > 40)
            {
                continue;
            }

            var first = text[..join];
            var afterJoin = text[(join + joiner.Length)..];
            var second = NameBeforeVerb(afterJoin);
            if (second is not null && IsNamePart(first) && (NamesWriter(first, authors) || NamesWriter(second, authors)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The second name: up to three capitalised words, then the verb.</summary>
    private static string? NameBeforeVerb(string rest)
    {
        var end = -1;
        for (var i = 0; i < rest.Length && i < 40; i++)
        {
            if (rest[i] == ' ' && TeamWorkVerbs.Matches(rest.AsSpan(i + 1)))
            {
                end = i;
                break;
            }
        }

        if (end <= 0)
        {
            return null;
        }

        var name = rest[..end];
        return IsNamePart(name) ? name : null;
    }

    private static bool IsNamePart(string name)
    {
        var words = 1;
        var wordStart = true;
        foreach (var c in name)
        {
            if (c == ' ')
            {
                words++;
                wordStart = true;
                continue;
            }

            if (wordStart && !char.IsUpper(c))
            {
                return false;
            }

            wordStart = false;
        }

        return words <= 3;
    }

    /// <summary>The writer named in full, or by the surname alone (the full name's last word).</summary>
    private static bool NamesWriter(string name, IReadOnlyList<string> authors)
    {
        for (var i = 0; i < authors.Count; i++)
        {
            var author = authors[i];
            if (string.Equals(name, author, StringComparison.Ordinal))
            {
                return true;
            }

            var lastSpace = author.LastIndexOf(' ');
            if (lastSpace > 0 && author.AsSpan(lastSpace + 1).Equals(name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
