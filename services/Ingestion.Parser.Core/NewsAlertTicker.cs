namespace Ingestion.Parser.Core;

/// <summary>
/// "ALERT Obama: Shutdown 'completely unnecessary,' blames House GOP", "BREAKING: Bridge closed after crash": a
/// breaking-news ticker in the page's header, another story's headline under a label in capitals. Over a byline it
/// looks like the headline, but the story's own headline stands under the byline.
/// </summary>
internal static class NewsAlertTicker
{
    private static readonly string[] Labels = ["BREAKING NEWS", "NEWS ALERT", "JUST IN", "BREAKING", "DEVELOPING", "ALERT"];

    public static bool Is(string line)
    {
        var text = line.AsSpan().TrimStart();
        foreach (var label in Labels)
        {
            // Set in capitals, the label is furniture; "Breaking the silence, …" is a sentence.
            if (text.StartsWith(label, StringComparison.Ordinal) && text.Length > label.Length + 1 && text[label.Length] is ' ' or ':'
                && Words.Count(text[label.Length..]) >= 3)
            {
                return true;
            }
        }

        return false;
    }
}
