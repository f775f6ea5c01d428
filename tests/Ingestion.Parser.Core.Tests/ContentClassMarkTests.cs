using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ContentClassMarkTests
{
    [Theory]
    [InlineData("El alcalde confirmó la obra en una entrevista radial. (I)", "El alcalde confirmó la obra en una entrevista radial.")]
    [InlineData("“Volveremos a jugar en casa”, dijo el técnico. (D)", "“Volveremos a jugar en casa”, dijo el técnico.")]
    public void The_class_mark_after_the_last_sentence_leaves_it(string last, string without)
    {
        var body = new List<string> { "La obra empezará en marzo.", last };
        ContentClassMark.RemoveFrom(body);
        Assert.Equal(["La obra empezará en marzo.", without], body);
    }

    [Fact]
    public void A_mark_on_a_line_of_its_own_is_no_paragraph()
    {
        var body = new List<string> { "La obra empezará en marzo.", "El alcalde confirmó la obra.", "(O)" };
        ContentClassMark.RemoveFrom(body);
        Assert.Equal(["La obra empezará en marzo.", "El alcalde confirmó la obra."], body);
    }

    [Theory]
    [InlineData("The bill was sponsored by Rep. Ana Ortiz (D)")]
    [InlineData("Pick the answer you think is right: (A), (B), (C) or (D)")]
    [InlineData("The council approved the plan.(I)")]
    public void A_bracketed_letter_that_ends_no_sentence_stays(string last)
    {
        var body = new List<string> { "The council met on Monday.", last };
        ContentClassMark.RemoveFrom(body);
        Assert.Equal(last, body[^1]);
    }
}
