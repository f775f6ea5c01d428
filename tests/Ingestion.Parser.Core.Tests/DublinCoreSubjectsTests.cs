using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class DublinCoreSubjectsTests
{
    [Fact]
    public void Subject_metas_one_term_each_are_the_tags() =>
        Assert.Equal(["Radio astronomy", "Pulsars", "Exoplanets"], DublinCoreSubjects.Tags(["Radio astronomy", "Pulsars", "Exoplanets", "pulsars"]));

    [Theory]
    [InlineData("Radio astronomy")]
    [InlineData("Politik; Wirtschaft|Kultur")]
    [InlineData("530.1|Physics")]
    public void A_single_term_a_joined_list_or_a_class_number_is_no_tag_list(string subjects) =>
        Assert.Empty(DublinCoreSubjects.Tags(subjects.Split('|')));
}
