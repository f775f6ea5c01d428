namespace Ingestion.Parser.Core;

/// <summary>
/// "Weather Alerts" / "Winter Storm Warning until 4 PM": a local TV station's sidebar box with the weather service's
/// current alert, printed under the text by a text browser. The label and the alert under it are furniture. A station's
/// banner over the headline gives both on one line: "WEATHER ALERT: Dense Fog Advisory until 10:00 AM Friday". A weather
/// site's box lists every alert in force under its label, a line each, and closes with a link: "Watches &amp; Warnings" /
/// "Tornado Watch until 11:00 PM CDT for …" / "Flash Flood Watch through Sunday morning …" / "View all alerts".
/// </summary>
internal static class WeatherAlertBox
{
    private static readonly WordSet Labels = new(["weather alerts", "weather alert", "severe weather alerts", "active alerts", "weather warnings", "watches & warnings", "watches and warnings", "warnings & watches"]);

    private static readonly WordSet Closers = new(["view all alerts", "see all alerts", "more alerts", "all alerts"]);

    /// <summary>How many alerts a box lists over the one asked, at most, before its label.</summary>
    private const int MaxAlertsAbove = 8;

    private static readonly WordSet AlertKinds = new(["warning", "watch", "advisory", "statement"]);

    public static bool Is(PageLines lines, int index)
    {
        var text = lines[index].Text.AsSpan().Trim(" :");

        // Both lines are short and start with a capital: anything else is asked no further.
        if (text.Length is < 5 or > MaxAlertLength || !char.IsUpper(text[0]))
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
        if (lines.NearWithinOneBlank(index, -1) is var above && above >= 0 && Labels.Contains(lines[above].Text.AsSpan().Trim(" :")) && IsAlert(text))
        {
            return true;
        }

        // "View all alerts" under the box's last alert; or a second alert under the first, the label over the run.
        return index > 0 && !lines[index - 1].IsBlank && (Closers.Contains(text) || IsAlert(text)) && IsAlertUnderLabel(lines, index - 1);
    }

    /// <summary>Whether the line is an alert of a run of alerts, one a line, right under a box's label.</summary>
    private static bool IsAlertUnderLabel(PageLines lines, int index)
    {
        for (var i = index; i > 0 && index - i < MaxAlertsAbove && !lines[i].IsBlank; i--)
        {
            var text = lines[i].Text.AsSpan().Trim(" :");
            if (!IsAlert(text))
            {
                return false;
            }

            if (Labels.Contains(lines[i - 1].Text.AsSpan().Trim(" :")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Tornado Watch until 11:00 PM CDT for Sedgwick, Butler, Harvey and Reno counties": an alert names its counties.</summary>
    private const int MaxAlertLength = 100;

    /// <summary>"Winter Storm Warning until 4 PM", "Flood Watch": the alert's kind among its first five words, no sentence.</summary>
    private static bool IsAlert(ReadOnlySpan<char> text)
    {
        if (text.Length > MaxAlertLength || Words.EndsSentence(text))
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
