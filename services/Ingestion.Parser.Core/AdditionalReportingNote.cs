namespace Ingestion.Parser.Core;

/// <summary>
/// "Additional reporting by Dana Whitcomb." / "Additional reporting by Ana Ruiz and Tom Hale": a story's closing credit
/// for a colleague who helped, often set in italics as the last line of the text. Like the wire's "Additional reporting by
/// …; Editing by …" (<see cref="ReportingCreditLine"/>) it says who worked on the story, so it is no paragraph; it
/// names no writer of the byline either. Known by its opening and a rest of names only (capitalised words joined by
/// commas, "and" or "&amp;", at most ten words, a closing full stop allowed), so a sentence going on after the names
/// ("Additional reporting by staff at the paper …") stays. Cost: a first-letter check, then one prefix compare and a
/// word scan of at most a short line.
/// ProductionCreditNote (a widening): "Produced by Ana Ruiz and Tom Hale", "Video produced by Kofi Mensah", set in italics
/// under a video page's summary, credits the clip's producers the same way, names only after the opening; no paragraph
/// and no byline ("Produced by local farmers, the cheese …" stays, having lower-case words).
/// AdditionalRolesCredit (a widening): "Additional editing and production by Ana Ruiz, Tom Hale and Kit Doyle. Sources:
/// Harbour Board/ City Archive." — a multimedia feature's closing credit names other roles than reporting (editing,
/// production, research, design, graphics, photography, video), joined by "and" or commas, and may add one short "Source:"
/// or "Sources:" sentence naming where its figures came from. It is a credit all the same: names only after the roles,
/// the sources line one sentence of at most 100 characters. A role word outside that list ("Additional funding by …"),
/// or a sentence going on after the names, keeps the paragraph. Cost: asked only of short lines opening with
/// "Additional ": a few word compares.
/// ProductionByCredit (a widening): "Production by Dana Whitcomb" in italics closing a newspaper's long read credits the
/// producer of its page with the noun for the verb; names only after the opening, as "Produced by" asks. "Production by
/// the harbour's own crews resumed in May." goes on in lower-case words and stays.
/// SpanishReportingNote (a widening): "Con información de Paula Marín, Iker Soto y Elena G. Ruiz." in a Spanish daily's
/// closing line credits the colleagues who reported with the writers, names only after the opening (joined by commas and
/// "y"); no paragraph and no byline. A sentence going on after the names keeps the paragraph. Cost: a first-letter
/// check, then one prefix compare.
/// </summary>
internal static class AdditionalReportingNote
{
    private const string Opening = "additional reporting by ";

    /// <summary>ProductionCreditNote: a clip's credit for its producers.</summary>
    private const string ProducedOpening = "produced by ";

    private const string VideoProducedOpening = "video produced by ";

    /// <summary>ProductionByCredit: a long read's closing "Production by Name" line, the noun for the verb.</summary>
    private const string ProductionOpening = "production by ";

    /// <summary>AdditionalRolesCredit: the role words a feature's closing credit names besides reporting.</summary>
    private static readonly string[] Roles =
        ["reporting", "editing", "production", "research", "design", "graphics", "photography", "video", "development"];

    private const string AdditionalWord = "additional ";

    /// <summary>SpanishReportingNote: "Con información de Name, Name y Name." closing a Spanish daily's story.</summary>
    private const string SpanishOpening = "con información de ";

    public static bool Is(ReadOnlySpan<char> text)
    {
        if (text.Length is < 14 or > 240 || text[0] is not ('A' or 'P' or 'V' or 'C'))
        {
            return false;
        }

        if (text[0] == 'C')
        {
            return text.Length <= 160 && text.StartsWith(SpanishOpening, StringComparison.OrdinalIgnoreCase) && NamesOnly(text[SpanishOpening.Length..]);
        }

        if (text[0] == 'A' && !text.StartsWith(Opening, StringComparison.OrdinalIgnoreCase))
        {
            return IsRolesCredit(text);
        }

        if (text.Length > 160)
        {
            return false;
        }

        var opening = text[0] == 'A' ? Opening
            : text[0] == 'P' ? text.StartsWith(ProductionOpening, StringComparison.OrdinalIgnoreCase) ? ProductionOpening : ProducedOpening
            : VideoProducedOpening;
        if (!text.StartsWith(opening, StringComparison.OrdinalIgnoreCase) || text.Length < opening.Length + 4)
        {
            return false;
        }

        return NamesOnly(text[opening.Length..]);
    }

    /// <summary>AdditionalRolesCredit: "Additional editing and production by Names." with an optional "Sources: …" sentence.</summary>
    private static bool IsRolesCredit(ReadOnlySpan<char> text)
    {
        if (!text.StartsWith(AdditionalWord, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var rest = text[AdditionalWord.Length..];
        var roles = 0;
        while (true)
        {
            var end = 0;
            while (end < rest.Length && char.IsLetter(rest[end]))
            {
                end++;
            }

            if (end == 0 || !IsRole(rest[..end]))
            {
                return false;
            }

            roles++;
            rest = rest[end..];
            if (rest.StartsWith(" by ", StringComparison.Ordinal))
            {
                rest = rest[4..];
                break;
            }

            if (rest.StartsWith(" and ", StringComparison.Ordinal))
            {
                rest = rest[5..];
            }
            else if (rest.StartsWith(", ", StringComparison.Ordinal))
            {
                rest = rest[2..];
            }
            else
            {
                return false;
            }

            if (roles > 4)
            {
                return false;
            }
        }

        var sources = rest.IndexOf(". Source", StringComparison.Ordinal);
        if (sources > 0)
        {
            var tail = rest[(sources + 2)..];
            var colon = tail.IndexOf(':');
            if (colon is not (6 or 7) || !tail[..colon].StartsWith("Source", StringComparison.Ordinal) || tail.Length > 100
                || tail.TrimEnd('.').IndexOf(". ", StringComparison.Ordinal) >= 0)
            {
                return false;
            }

            rest = rest[..sources];
        }
        else if (text.Length > 160)
        {
            return false;
        }

        return NamesOnly(rest);
    }

    private static bool IsRole(ReadOnlySpan<char> word)
    {
        foreach (var role in Roles)
        {
            if (word.Equals(role, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A rest of names only: capitalised words joined by commas, "and" or "&amp;", at most ten words.</summary>
    private static bool NamesOnly(ReadOnlySpan<char> names)
    {
        var rest = names.Trim();
        if (rest.Length > 0 && rest[^1] == '.')
        {
            rest = rest[..^1];
        }

        var words = 0;
        while (!rest.IsEmpty)
        {
            var space = rest.IndexOf(' ');
            var word = space < 0 ? rest : rest[..space];
            rest = space < 0 ? ReadOnlySpan<char>.Empty : rest[(space + 1)..].TrimStart();
            if (word.Length > 0 && word[^1] == ',')
            {
                word = word[..^1];
            }

            if (word.IsEmpty)
            {
                continue;
            }

            words++;
            if (words > 10)
            {
                return false;
            }

            if (word is "and" or "&" or "y")
            {
                continue;
            }

            if (!char.IsUpper(word[0]))
            {
                return false;
            }

            foreach (var c in word)
            {
                if (!char.IsLetter(c) && c is not ('-' or '\'' or '’' or '.'))
                {
                    return false;
                }
            }
        }

        return words > 0;
    }
}
