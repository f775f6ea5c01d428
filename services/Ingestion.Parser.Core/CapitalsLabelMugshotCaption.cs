namespace Ingestion.Parser.Core;

/// <summary>
/// "JAILED: Lee Barton", "IN COURT: Sarah Finch": British regional papers (Newsquest, Johnston Press, Local World) caption
/// a court or crime story's mugshot with a word in capitals, a colon and the person's name, and print it between the
/// byline and the text. The line is the picture's caption, no byline and no paragraph.
/// </summary>
internal static class CapitalsLabelMugshotCaption
{
    private const int MaxLength = 60;
    private const int MaxLabelWords = 2;
    private const int MaxNameWords = 4;

    /// <summary>Labels in capitals that introduce a teaser, a note or a credit rather than the pictured person.</summary>
    private static readonly HashSet<string> NoteLabels = new(StringComparer.Ordinal)
    {
        "UPDATE", "UPDATED", "BREAKING", "WATCH", "VIDEO", "AUDIO", "LISTEN", "GALLERY", "PICTURES", "PHOTOS", "PHOTO",
        "PICTURE", "EXCLUSIVE", "LIVE", "READ", "READ MORE", "SEE", "SEE ALSO", "RELATED", "BY", "SOURCE", "NOTE",
        "CORRECTION", "POLL", "CONTACT", "EMAIL", "TWITTER", "FACEBOOK", "CREDIT", "COMMENT", "OPINION", "ANALYSIS",
        "CAPTION", "CAPTIONS", "MORE", "TAGS", "TOPICS", "SHARE", "FOLLOW",
    };

    public static bool Is(string line)
    {
        var text = line.AsSpan().Trim();
        // Cheap rejects: a prose line is long, opens in lower case or has no colon near its start.
        if (text.Length is < 8 or > MaxLength || !char.IsUpper(text[0]))
        {
            return false;
        }

        var colon = text.IndexOf(": ", StringComparison.Ordinal);
        if (colon < 3)
        {
            return false;
        }

        var label = text[..colon];
        var name = text[(colon + 2)..].Trim();
        return IsCapitalsLabel(label) && !NoteLabels.Contains(label.ToString()) && IsPersonName(name);
    }

    private static bool IsCapitalsLabel(ReadOnlySpan<char> label)
    {
        if (Words.Count(label) > MaxLabelWords)
        {
            return false;
        }

        foreach (var c in label)
        {
            if (!(char.IsUpper(c) || c == ' ' || c == '\'' || c == '’'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"Lee Barton", "Sarah-Jane O'Neill": two to four capitalised words, no sentence.</summary>
    private static bool IsPersonName(ReadOnlySpan<char> name)
    {
        var words = Words.Count(name);
        if (words is < 2 or > MaxNameWords || Words.EndsSentence(name) || !Words.LooksLikeName(name))
        {
            return false;
        }

        foreach (var range in name.Split(' '))
        {
            if (name[range] is [var first, ..] && !char.IsUpper(first))
            {
                return false;
            }
        }

        return true;
    }
}
