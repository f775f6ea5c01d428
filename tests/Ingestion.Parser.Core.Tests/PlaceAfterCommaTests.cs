using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class PlaceAfterCommaTests
{
    [Theory]
    [InlineData("Dónal, Cork", "Dónal")]
    [InlineData("Davie S, St Andrews", "Davie S")]
    [InlineData("Al Fennimore, West Millbrook", "Al Fennimore")]
    [InlineData("Wanda, Conception Bay South", "Wanda")]
    public void A_town_of_one_to_three_capitalised_words_after_the_comma_is_dropped(string signature, string name) =>
        Assert.Equal(name, PlaceAfterComma.Without(signature));

    [Theory]
    [InlineData("Gary P.")]
    [InlineData("Janet, who lives on the lane")]
    [InlineData("Pete, Flat 4B")]
    [InlineData("Moira, Broughty Ferry Road West")]
    [InlineData("Moira, Broughty Ferry Road")]
    [InlineData("Marta Ruiz, retired nurse, Los Angeles")]
    public void A_name_without_a_town_after_a_comma_is_kept(string signature) => Assert.Equal(signature, PlaceAfterComma.Without(signature));

    [Theory]
    [InlineData("Wendt, H.")]
    [InlineData("Keller, J.R.")]
    public void Initials_after_a_surname_and_a_comma_are_no_town(string signature) => Assert.Equal(signature, PlaceAfterComma.Without(signature));
}
