using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LogoBeforeWeatherTests
{
    private static readonly string[] DatelinePlaces = ["Amarillo", "Riverton"];

    [Theory]
    [InlineData("KTRV 6 News Amarillo 58°F Clear Member Center: Create Account | Log in", "KTRV 6 News")]
    [InlineData("The Riverton Star 41 °F Cloudy Sign in", "The Riverton Star")]
    [InlineData("Riverton Star Weather: -3°C Snow", "Riverton Star")]
    [InlineData("Weather: 41°F Cloudy", null)]
    [InlineData("38°F Maple Ridge", null)]
    [InlineData("Subscribe | e-Edition | Login | Register | Carver Falls, MN 34°F Cloudy", null)]
    [InlineData("Highs near 58°F on Tuesday", null)]
    [InlineData("Rosario 24°C Despejado", null)] // the box alone over the logo: its town
    [InlineData("WKRV 58°F Clear", "WKRV")] // a call sign in capitals is a one-word logo
    public void The_logo_is_what_stands_before_the_weather_box(string line, string? logo) =>
        Assert.Equal(logo, LogoBeforeWeather.Name(line, DatelinePlaces.Contains));
}
