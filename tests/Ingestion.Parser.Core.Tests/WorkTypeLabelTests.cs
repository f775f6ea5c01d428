using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class WorkTypeLabelTests
{
    [Theory]
    [InlineData("AnalysisAnalysis Based on factual reporting, although it incorporates the expertise of the author and may offer interpretations and conclusions.")]
    [InlineData("Opinion Advocates for ideas and draws conclusions based on the author's interpretation of facts and data.")]
    [InlineData("News Based on facts, either observed and verified directly by the reporter, or reported and verified from knowledgeable sources.")]
    public void A_type_of_work_label_before_the_standards_definition_is_furniture(string line) =>
        Assert.True(BoilerplateFilter.IsBoilerplate(line));

    [Theory]
    [InlineData("The council's decision was based on factual reporting, although it incorporates some estimates from last year.")]
    [InlineData("Critics say the mayor advocates for ideas and draws conclusions long before the budget office has finished its work.")]
    [InlineData("Based on facts, either observed and verified, the board found that the ferry had run late on most days.")]
    public void A_sentence_that_shares_the_definitions_words_is_no_label(string line) =>
        Assert.False(BoilerplateFilter.IsBoilerplate(line));

    [Fact]
    public void The_label_over_the_headline_of_a_text_dump_is_not_the_storys_first_sentence()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes("""
               AnalysisAnalysis Based on factual reporting, although it incorporates the expertise of the author and may offer interpretations and conclusions.
               Rowing |
               Harbour rowing finals: favourites, toss-ups and upset alerts for the weekend
               A rower pulls clear of the pack at the harbour mouth on September 29, 2023. (Photo by Lee Park/The Example Herald)
               By Dana Ruiz | druiz@example.com | The Example Herald
               November 8, 2023 at 6:09 p.m.

               The harbour rowing finals are down to eight crews in each class. Here is a look at this weekend's races.

               The home crew has won the last four finals, and few expect that to change on Saturday.
            """), "rowing.txt");

        Assert.Equal("Harbour rowing finals: favourites, toss-ups and upset alerts for the weekend", page.Title);
        Assert.Equal("The harbour rowing finals are down to eight crews in each class. Here is a look at this weekend's races.", page.BodyParagraphs[0]);
    }
}
