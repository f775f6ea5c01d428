using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class TopicRowTests
{
    [Theory]
    [InlineData("Executive Senate House Judiciary Elections", "Storm closes schools across three counties, cuts power to thousands", true)]
    [InlineData("Executive Senate House Judiciary Elections", "Storm Closes Schools Across Three Counties", false)]
    [InlineData("Storm closes schools across counties", "Storm closes schools across three counties, cuts power to thousands", false)]
    [InlineData("Senate House Elections", "Storm closes schools across three counties, cuts power to thousands", false)]
    [InlineData("Governor Signs Budget, Vetoes Tax Cut", "Storm closes schools across three counties, cuts power to thousands", false)]
    [InlineData("The FERRY Tolls Of The Island In One Chart", "Tolls and fares on the island ferry, a chart", false)]
    public void Capitalised_words_without_punctuation_over_a_sentence_case_headline_are_a_menu(string row, string headline, bool menu) =>
        Assert.Equal(menu, TopicRow.IsOver(row, headline));
}
