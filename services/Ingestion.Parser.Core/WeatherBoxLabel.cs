namespace Ingestion.Parser.Core;

/// <summary>
/// "Weather" / "Carver: 34° Cloudy": the label over a sidebar's weather box. The box's reading is furniture; a label
/// alone on its line over it is too, though "Weather" elsewhere may head a section of the story.
/// </summary>
internal static class WeatherBoxLabel
{
    private static readonly WordSet Labels = new(["weather", "local weather", "today's weather", "forecast", "wetter", "météo", "el tiempo", "tiempo", "meteo", "weer"]);

    public static bool Is(PageLines lines, int index)
    {
        if (!Labels.Contains(lines[index].Text.AsSpan().Trim(" :")))
        {
            return false;
        }

        return lines.NearWithinOneBlank(index, 1) is var next && next >= 0 && BoilerplateFilter.IsWeatherBox(lines[next].Text);
    }
}
