using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class OwnerNameKeywordsTests
{
    [Fact]
    public void Keywords_spelling_the_writers_name_word_by_word_describe_the_site()
    {
        Assert.True(OwnerNameKeywords.NamesWriter(["ostrander", "jane", "jqo", "tides"], ["Jane Q. Ostrander"]));
    }

    [Fact]
    public void One_name_word_among_the_keywords_is_a_topic()
    {
        Assert.False(OwnerNameKeywords.NamesWriter(["ostrander lighthouse", "jane", "tides", "harbour"], ["Jane Q. Ostrander"]));
        Assert.False(OwnerNameKeywords.NamesWriter(["jane", "ostrander"], []));
    }
}
