namespace Ingestion.Parser.Core;

/// <summary>
/// "Latest State News" / "* Budget talks resume Monday" / "* Gas tax bill stalls in committee", "Recent Stories:" / "* …":
/// a rail of links under the text, a title-case heading over a list a text browser prints with its bullets. Its items are
/// headlines (no sentence ends in them), which tells them from a list in the text ("The plan would:" / "* raise the cap.").
/// </summary>
internal static class BulletedLinkRail
{
    private const int MaxHeadingWords = 5;
    private const int MaxItemLength = 100;

    /// <summary>The last item of the rail whose heading is at <paramref name="heading"/>, or -1.</summary>
    public static int End(PageLines lines, int heading, int end)
    {
        var i = heading + 1;
        i = i < end && lines[i].IsBlank ? i + 1 : i;
        // Asked of every line of the text: the item under it is looked at first, as it costs least.
        // "Tags" / "* Water Rates": a tag label's list names the article's tags.
        if (i >= end || !IsHeadlineItem(lines[i].Text) || !IsHeading(lines[heading].Text) || TagLineParser.TryRead(lines[heading].Text) is not null)
        {
            return -1;
        }
        var last = -1;
        var items = 0;
        while (i < end && !lines[i].IsBlank && IsHeadlineItem(lines[i].Text))
        {
            last = i++;
            items++;
        }

        return items >= 2 ? last : -1;
    }

    private static bool IsHeading(string line)
    {
        var text = line.AsSpan().Trim();
        if (text.IsEmpty || text[^1] is '.' or '!' or '?' || Words.HasDigit(text))
        {
            return false;
        }

        text = text.TrimEnd(':');
        var words = 0;
        foreach (var range in text.Split(' '))
        {
            var word = text[range];
            if (word.IsEmpty)
            {
                continue;
            }

            if (++words > MaxHeadingWords || !(char.IsUpper(word[0]) || word is "&"))
            {
                return false;
            }
        }

        return words >= 1;
    }

    private static bool IsHeadlineItem(string line)
    {
        var text = line.AsSpan().TrimStart();
        return text.Length > 2 && text.Length <= MaxItemLength && text[0] is '•' or '*' && text[1] == ' ' && char.IsLetterOrDigit(text[2])
            && !Words.EndsSentence(text);
    }
}
