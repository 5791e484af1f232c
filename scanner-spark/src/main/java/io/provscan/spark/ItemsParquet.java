package io.provscan.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Writes {@code items.parquet/} from the JSONL part files, through Spark's own writer (its commit
 * protocol makes a retried task's file appear once). Objects whose keys are data, not a schema
 * ({@code metadata}, {@code sensitive}), become Parquet maps rather than a column per key seen.
 */
final class ItemsParquet {
  /** The Parquet folder in the output folder. */
  static final String FOLDER = "items.parquet";

  private ItemsParquet() {}

  static void write(SparkSession spark, String out) {
    String parts = out + "/" + Parts.ITEMS;
    Dataset<Row> inferred = spark.read().option("pathGlobFilter", "part-*.jsonl").json(parts);
    if (inferred.schema().fields().length == 0) {
      return; // no items
    }
    StructType schema = withMaps(inferred.schema());
    spark
        .read()
        .option("pathGlobFilter", "part-*.jsonl")
        .schema(schema)
        .json(parts)
        .write()
        .mode(SaveMode.Overwrite)
        .parquet(out + "/" + FOLDER);
  }

  /** The schema with the keyed objects as maps of their values' type. */
  static StructType withMaps(StructType schema) {
    StructField[] fields = schema.fields().clone();
    for (int i = 0; i < fields.length; i++) {
      StructField f = fields[i];
      if ((f.name().equals("metadata") || f.name().equals("sensitive"))
          && f.dataType() instanceof StructType keyed) {
        DataType value =
            keyed.fields().length == 0 ? DataTypes.StringType : keyed.fields()[0].dataType();
        for (StructField k : keyed.fields()) {
          if (!k.dataType().equals(value)) {
            value = DataTypes.StringType;
          }
        }
        fields[i] =
            new StructField(
                f.name(), DataTypes.createMapType(DataTypes.StringType, value), true, f.metadata());
      }
    }
    return new StructType(fields);
  }
}
