using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using Newtonsoft.Json;
using Plotly.NET;

namespace NotebookKit.Display.Rendering;

/// <summary>
/// A Plotly.NET chart's <c>{data, layout, config}</c> exactly as <c>GenericChart.toJson</c> writes it, without its
/// cost: ~130 ms and ~110-140 MB allocated for a three-point line, every time a chart is shown (a lesson shows
/// dozens). Nearly all of it is the default template every chart carries: its trace templates are lazy F# sequences
/// that build ~200 styled objects anew each time they are read, and Newtonsoft reads each property of those through
/// the C# runtime binder (Plotly.NET#358). Here an object hands over its properties itself, and a template's lazy
/// sequences are written once and remembered by reference (they are the same generator objects in every chart's
/// copy of the template). Every value is still written by Newtonsoft with Plotly.NET's settings and converters, so
/// colors, dates and numbers come out as Plotly.NET writes them (a test compares the two, character for character).
/// </summary>
internal static class PlotlyNetJson
{
    private static readonly JsonSerializer Serializer = JsonSerializer.Create(
        new JsonSerializerSettings(global::Globals.JSON_CONFIG) { Converters = { new DynamicObjectConverter() } });

    public static string Serialize(GenericChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        // The order and names GenericChart.toJson writes.
        var figure = new Dictionary<string, object>
        {
            ["data"] = GenericChart.getTraces(chart),
            ["layout"] = GenericChart.getLayout(chart),
            ["config"] = GenericChart.getConfig(chart),
        };
        return Write(figure);
    }

    private static string Write(object value)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        Serializer.Serialize(text, value);
        return text.ToString();
    }

    /// <summary>Any of Plotly.NET's objects (traces, layout, axes, markers, templates): its properties in order, each value by Newtonsoft.</summary>
    private sealed class DynamicObjectConverter : JsonConverter
    {
        /// <summary>Each type's declared properties (a trace's <c>type</c>), found once: DynamicObj looks them up by reflection on every call.</summary>
        private readonly ConcurrentDictionary<Type, DynamicObj.PropertyHelper[]> _declared = new();

        /// <summary>A template's generated sequences, written once (the key is the generator, shared by every chart's template).</summary>
        private readonly ConditionalWeakTable<IEnumerable, string> _generated = new();

        /// <summary>How many templates enclose what is being written on this thread.</summary>
        [ThreadStatic]
        private static int t_insideTemplate;

        public override bool CanRead => false;

        public override bool CanConvert(Type objectType) => typeof(DynamicObj.DynamicObj).IsAssignableFrom(objectType);

        public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
        {
            var dynamicObject = (DynamicObj.DynamicObj)value!;
            var template = dynamicObject is Template;
            if (template)
                t_insideTemplate++;
            try
            {
                writer.WriteStartObject();
                // The order DynamicObj's GetProperties(true) gives: declared properties first, then the dynamic ones as set.
                foreach (var declared in _declared.GetOrAdd(dynamicObject.GetType(), _ => dynamicObject.GetPropertyHelpers(true).Where(h => h.IsStatic).ToArray()))
                {
                    writer.WritePropertyName(declared.Name);
                    serializer.Serialize(writer, declared.GetValue.Invoke(dynamicObject));
                }
                foreach (var property in dynamicObject.Properties)
                {
                    writer.WritePropertyName(property.Key);
                    if (property.Value is DynamicObj.DynamicObj nested)
                        // Straight down: handing one to serializer.Serialize cost ~100 KB of Newtonsoft's set-up each time.
                        WriteJson(writer, nested, serializer);
                    else if (t_insideTemplate > 0 && IsGenerated(property.Value))
                        writer.WriteRawValue(_generated.GetValue((IEnumerable)property.Value!, generated => Write(generated)));
                    else
                        serializer.Serialize(writer, property.Value);
                }
                writer.WriteEndObject();
            }
            finally
            {
                if (template)
                    t_insideTemplate--;
            }
        }

        /// <summary>An F# sequence that runs code each time it is read (not a list or an array, not the user's data).</summary>
        private static bool IsGenerated(object? value) =>
            value is IEnumerable and not ICollection and not string && value.GetType().Assembly == typeof(Microsoft.FSharp.Collections.SeqModule).Assembly;

        public override object ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer) =>
            throw new NotSupportedException("Plotly.NET objects are only written.");
    }
}
