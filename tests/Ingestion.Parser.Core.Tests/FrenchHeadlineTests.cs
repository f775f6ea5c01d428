using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class FrenchHeadlineTests
{
    [Theory]
    [InlineData("120 millions pour rénover les gymnases", true)]
    [InlineData("la fermeture de la maternité inquiète les élus du canton", true)]
    [InlineData("Lokführer legen den Fernverkehr zwei Tage lang lahm", false)]
    [InlineData("Reedereien drohen mit Abzug der Containerlinien", false)]
    [InlineData("Des Moines council votes on the new budget", false)]
    public void French_function_words_show_the_headlines_language(string headline, bool expected) =>
        Assert.Equal(expected, FrenchHeadline.Is(headline));
}
