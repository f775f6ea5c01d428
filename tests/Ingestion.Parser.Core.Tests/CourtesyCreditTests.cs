using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CourtesyCreditTests
{
    [Theory]
    [InlineData("Courtesy Valposchiavo Tourism")]
    [InlineData("Courtesy Dana Whitcomb")]
    public void Courtesy_and_a_capitalised_name_is_a_credit(string line) => Assert.True(CourtesyCredit.Is(line));

    [Theory]
    [InlineData("Courtesy costs nothing.")]
    [InlineData("Courtesy matters on the trail")]
    [InlineData("courtesy Dana Whitcomb")]
    [InlineData("The station was built in 1908, and the line still runs every hour in winter.")]
    public void A_sentence_or_a_lower_case_word_is_no_credit(string line) => Assert.False(CourtesyCredit.Is(line));

    [Fact]
    public void A_courtesy_credit_alone_on_its_line_is_a_credit_line() => Assert.True(CaptionDetector.IsCreditOnly("Courtesy Valposchiavo Tourism"));
}
