using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class TitleCaseTests
{
    [Theory]
    [InlineData("Senator's Marathon Speech Can't Stop Vote on Spending Bill", true)]
    [InlineData("Cruz Talks Through the Night as Shutdown Deadline Nears", true)]
    [InlineData("Cruz talks through the night as shutdown deadline nears", false)]
    [InlineData("On the Hill", false)]
    public void A_title_case_line_capitalises_its_long_words(string line, bool titleCase) => Assert.Equal(titleCase, TitleCase.IsTitleCase(line));

    [Theory]
    [InlineData("Rouhani at UN: Is Iran's new president offering a real shift on nuclear program?", true)]
    [InlineData("Is this the end of the affair?", true)]
    [InlineData("Iran's new president came to the United Nations on Tuesday.", false)]
    public void Only_a_question_can_be_a_headline_over_its_deck(string line, bool headline) =>
        Assert.Equal(headline, QuestionHeadline.IsOverDeck(line, 1, 2, _ => true));
}
