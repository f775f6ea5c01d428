namespace Ingestion.Parser.Core;

/// <summary>
/// "Weather Alerts" / "Winter Storm Warning until 4 PM": a local TV station's sidebar box with the weather service's
/// current alert, printed under the text by a text browser. The label and the alert under it are furniture. A station's
/// banner over the headline gives both on one line: "WEATHER ALERT: Dense Fog Advisory until 10:00 AM Friday".
/// </summary>
internal static class WeatherAlertBox
{
    private static readonly WordSet Labels = new(["weather alerts", "weather alert", "severe weather alerts", "active alerts", "weather warnings"]);

    private static readonly WordSet AlertKinds = new(["warning", "watch", "advisory", "statement"]);

    public static bool Is(PageLines lines, int index)
    {
        var text = lines[index].Text.AsSpan().Trim(" :");

        // Both lines are short and start with a capital: anything else is asked no further.
        if (text.Length is < 5 or > 80 || !char.IsUpper(text[0]))
        {
            return false;
        }

        // "WEATHER ALERT: Dense Fog Advisory until 10:00 AM Friday": the label and the alert on one line.
        var colon = text.IndexOf(':');
        if (colon is > 4 and < 22 && Labels.Contains(text[..colon].TrimEnd()) && IsAlert(text[(colon + 1)..].TrimStart()))
        {
            return true;
        }

        if (Labels.Contains(text))
        {
            return lines.NearWithinOneBlank(index, 1) is var below && below >= 0 && IsAlert(lines[below].Text.AsSpan().Trim());
        }

        // The label above is looked up before the line's words are split.
        return lines.NearWithinOneBlank(index, -1) is var above && above >= 0 && Labels.Contains(lines[above].Text.AsSpan().Trim(" :")) && IsAlert(text);
    }

    /// <summary>"Winter Storm Warning until 4 PM", "Flood Watch": the alert's kind among its first five words, no sentence.</summary>
    private static bool IsAlert(ReadOnlySpan<char> text)
    {
        if (text.Length > 80 || Words.EndsSentence(text))
        {
            return false;
        }

        var seen = 0;
        foreach (var range in text.Split(' '))
        {
            if (AlertKinds.Contains(text[range]))
            {
                return true;
            }

            if (++seen == 5)
            {
                break;
            }
        }

        return false;
    }
}
