namespace Ingestion.Parser.Core;

/// <summary>
/// "Denise Albrecht" / "Fleet Manager at City of Coldwater" / text, or "Owner, Heuvelman Diesel &amp; Hydraulic": a thread
/// whose readers sign in with a professional network (LinkedIn's comment plugin on trade and business sites, 2011–2015)
/// prints each writer's profile headline, a job title and the employer, on a line of its own between the name and the
/// text ("Fleet Manager | City of Coldwater" where the writer parted them with a bar). The headline is no paragraph of
/// the comment. <see cref="FacebookProfileLine"/> reads the short forms; this one takes the longer "Title, Employer" and
/// "Title, Department at Employer" headlines that run past its length.
/// </summary>
internal static class ProfileHeadlineLine
{
    private const int MaxLength = 100;

    private static readonly string[] Separators = [", ", " at ", " | "];

    /// <summary>The small words an employer's capitalised name may hold ("City of Coldwater", "Diesel &amp; Hydraulic", "… at Eastfield …").</summary>
    private static readonly WordSet JoiningWords = new(["of", "the", "and", "for", "&", "at", "de"]);

    public static bool Is(ReadOnlySpan<char> line)
    {
        var text = line.Trim();
        if (text.Length is 0 or > MaxLength || !char.IsUpper(text[0]) || text[^1] is '.' or '!' or '?' or ':' or ',')
        {
            return false;
        }

        // The headline parts title and employer with a comma, "at" or a bar, as the writer typed it into the profile.
        var split = -1;
        var separatorLength = 0;
        foreach (var separator in Separators)
        {
            var index = text.IndexOf(separator, StringComparison.Ordinal);
            if (index > 0 && (split < 0 || index < split))
            {
                split = index;
                separatorLength = separator.Length;
            }
        }

        if (split <= 0)
        {
            return false;
        }

        var employer = text[(split + separatorLength)..];
        return IsTitle(text[..split]) && IsEmployerName(employer);
    }

    /// <summary>"Fleet Manager", or "Director of Maintenance": the job word may come before what the job is of.</summary>
    private static bool IsTitle(ReadOnlySpan<char> title)
    {
        var of = title.IndexOf(" of ", StringComparison.Ordinal);
        return CommenterJobTitle.IsJobTitle(title) || (of > 0 && IsEmployerName(title[(of + 4)..]) && CommenterJobTitle.IsJobTitle(title[..of]));
    }

    /// <summary>Capitalised words, with the small joining words between them, and no sentence inside.</summary>
    private static bool IsEmployerName(ReadOnlySpan<char> words)
    {
        var count = 0;
        foreach (var range in words.Split(' '))
        {
            var word = words[range].TrimEnd(',');
            if (word.IsEmpty || (!char.IsUpper(word[0]) && !char.IsAsciiDigit(word[0]) && !(count > 0 && JoiningWords.Contains(word))))
            {
                return false;
            }

            count++;
        }

        return count > 0;
    }
}
