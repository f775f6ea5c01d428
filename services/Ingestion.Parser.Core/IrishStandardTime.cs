namespace Ingestion.Parser.Core;

/// <summary>
/// "Thu, Sep 26, 2013, 07:15 IST" on a Dublin daily is Irish Standard Time (+01:00, the country's summer clock; its winter
/// clock prints as GMT), where the zone table reads "IST" as India's (+05:30), the far more common one in news. The page
/// tells which: its text names Irish places and institutions, and no Indian ones.
/// </summary>
internal static class IrishStandardTime
{
    private static readonly WordSet IrishWords = new(
        ["ireland", "irish", "dublin", "cork", "galway", "limerick", "waterford", "kilkenny", "donegal", "gardaí", "garda", "taoiseach",
         "tánaiste", "dáil", "oireachtas", "seanad", "fianna", "fáil", "gael"]);

    private static readonly WordSet IndianWords = new(
        ["india", "indian", "delhi", "mumbai", "bangalore", "bengaluru", "chennai", "kolkata", "hyderabad", "pune", "crore", "crores", "lakh", "lakhs",
         "pti", "ians", "tnn", "rupees", "lok", "sabha"]);

    /// <summary>Two page mentions at least, and more than of India, make "IST" Irish.</summary>
    private const int LeastIrishMentions = 2;

    public static PageTime? Applied(PageTime? time, PageLines lines)
    {
        if (time is not { Zone: { } zone, Offset: null } found || !zone.Equals("IST", StringComparison.OrdinalIgnoreCase))
        {
            return time;
        }

        var (irish, indian) = (0, 0);
        for (var i = 0; i < lines.Count; i++)
        {
            Count(lines[i].Text, ref irish, ref indian);
        }

        return irish >= LeastIrishMentions && irish > indian ? found with { Offset = TimeSpan.FromHours(1) } : time;
    }

    private static void Count(ReadOnlySpan<char> line, ref int irish, ref int indian)
    {
        while (!line.IsEmpty)
        {
            var start = 0;
            while (start < line.Length && !char.IsLetter(line[start]))
            {
                start++;
            }

            var end = start;
            while (end < line.Length && char.IsLetter(line[end]))
            {
                end++;
            }

            var word = line[start..end];
            irish += IrishWords.Contains(word) ? 1 : 0;
            indian += IndianWords.Contains(word) ? 1 : 0;
            line = line[end..];
        }
    }
}
