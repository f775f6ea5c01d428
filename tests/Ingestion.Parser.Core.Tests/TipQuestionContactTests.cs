using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class TipQuestionContactTests
{
    [Theory]
    [InlineData("Have a consumer problem? Contact 12 On Your Side at 555-0112 or email 12onyourside@ksnq.com.")]
    [InlineData("Got a news tip? Email tips@harlowsentinel.com.")]
    public void A_tip_lines_question_and_contact_line_are_furniture(string line) => Assert.True(BoilerplateFilter.IsBoilerplate(line));

    [Theory]
    [InlineData("Have a consumer problem? Then the state's new hotline may help, officials said.")]
    [InlineData("Had she known? Her lawyer, reached by email at the firm, declined to say.")]
    [InlineData("If you paid the company for work that was never done, call police at 555-0191.")]
    public void Sentences_of_the_text_are_left_alone(string line) => Assert.False(BoilerplateFilter.IsBoilerplate(line));

    [Fact]
    public void Only_a_short_opening_question_is_cut() =>
        Assert.True(TipQuestionContact.AfterQuestion("Got a tip? Email us.").SequenceEqual("Email us."));
}
