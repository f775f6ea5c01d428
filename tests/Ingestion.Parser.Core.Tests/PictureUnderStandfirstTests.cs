using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class PictureUnderStandfirstTests
{
    [Theory]
    [InlineData("Hattenbrück. Rund 24.000 Haushalte müssen ab Mai tiefer in die Tasche greifen.", true)]
    [InlineData("Près de 800 tracteurs ont convergé jeudi matin vers Paris. La FNSEA réclame un moratoire.", false)]
    [InlineData("Paris. Les agriculteurs sont venus.", true)]
    public void A_lead_that_opens_with_the_place_is_the_texts_start(string line, bool place) =>
        Assert.Equal(place, PictureUnderStandfirst.OpensWithPlace(line));
}
