namespace Ingestion.Parser.Core;

/// <summary>
/// "Funeral Home" / "Lakeside Funeral Home" / "305 Lake Ave., Cass Lake, MN 56633" / "(218) 555-0177" / "Send Flowers |
/// Map & Directions": an obituary page's box naming the funeral home that handles the services, under the text. Its
/// heading, then a block of short lines none ending a sentence (name, address, phone, buttons), is no body.
/// </summary>
internal static class FuneralHomeBox
{
    private static readonly WordSet Headings = new(["funeral home", "funeral homes", "funeral home information", "funeral provider", "arrangements by", "arrangements under the direction of"]);

    private const int MostLines = 6;

    private const int LongestLine = 80;

    /// <summary>The box's last line when <paramref name="index"/> is its heading, or -1.</summary>
    public static int End(PageLines lines, int index, int end)
    {
        var text = lines[index].Text;
        if (text.Length is < 12 or > 40 || !Headings.Contains(text.AsSpan().Trim(" :")))
        {
            return -1;
        }

        var last = -1;
        for (var i = index + 1; i < end && !lines[i].IsBlank; i++)
        {
            var line = lines[i].Text;
            if (i - index > MostLines || line.Length > LongestLine || Words.EndsSentence(line))
            {
                return -1;
            }

            last = i;
        }

        return last;
    }
}
