package dev.samvad.constraint.internal;

import dev.samvad.api.CustomerId;
import dev.samvad.api.InvoiceId;
import java.util.Arrays;
import java.util.Currency;

/**
 * A portfolio as primitive columns, one array per field, indexed by row. Times are whole minutes
 * since the epoch (UTC) and dates are epoch days; {@link #NONE} marks an absent time or date. Enums
 * are stored by ordinal. Rows of executions, payments and tasks refer to invoices by row, and
 * invoices to customers by row, so the scans never look anything up by string.
 *
 * <p>Built once by {@code Portfolio.Builder}; read-only afterwards and safe to share between
 * threads.
 */
public final class PortfolioData {
  /** Marks an absent time or date. */
  public static final int NONE = Integer.MIN_VALUE;

  public final int asOfDay;
  public final int zoneOffsetMinutes;
  public final Currency currency;

  public final int customers;
  public final CustomerId[] customerIds;
  public final byte[] customerRegion;
  public final byte[] customerLanguage;
  public final byte[] customerSize;
  public final int[] customerPlaybook;
  public final boolean[] customerHoldOut;
  public final String[] playbooks;

  public final int invoices;
  public final InvoiceId[] invoiceIds;
  public final int[] invoiceCustomer;
  public final int[] invoiceIssueDay;
  public final int[] invoiceDueDay;
  public final long[] invoiceAmount;
  public final long[] invoiceOutstanding;
  public final byte[] invoiceStatus;

  public final int payments;
  public final int[] paymentInvoice;
  public final int[] paymentDay;
  public final long[] paymentAmount;

  public final int executions;
  public final int[] execInvoice;
  public final byte[] execChannel;
  public final int[] execQueued;
  public final int[] execSent;
  public final int[] execDelivered;
  public final int[] execRead;
  public final byte[] execFailure;
  public final byte[] execReply;
  public final int[] execReplied;
  public final int[] execPromisedFor;

  public final int tasks;
  public final int[] taskInvoice;
  public final byte[] taskKind;
  public final int[] taskCreated;
  public final int[] taskClaimed;
  public final int[] taskCompleted;

  /** Takes the columns over (trimmed copies); {@code c} etc. are the builder's growable columns. */
  public PortfolioData(
      int asOfDay, int zoneOffsetMinutes, Currency currency, Columns c, String[] playbooks) {
    this.asOfDay = asOfDay;
    this.zoneOffsetMinutes = zoneOffsetMinutes;
    this.currency = currency;
    this.playbooks = playbooks.clone();

    customers = c.customers;
    customerIds = Arrays.copyOf(c.customerIds, customers);
    customerRegion = Arrays.copyOf(c.customerRegion, customers);
    customerLanguage = Arrays.copyOf(c.customerLanguage, customers);
    customerSize = Arrays.copyOf(c.customerSize, customers);
    customerPlaybook = Arrays.copyOf(c.customerPlaybook, customers);
    customerHoldOut = Arrays.copyOf(c.customerHoldOut, customers);

    invoices = c.invoices;
    invoiceIds = Arrays.copyOf(c.invoiceIds, invoices);
    invoiceCustomer = Arrays.copyOf(c.invoiceCustomer, invoices);
    invoiceIssueDay = Arrays.copyOf(c.invoiceIssueDay, invoices);
    invoiceDueDay = Arrays.copyOf(c.invoiceDueDay, invoices);
    invoiceAmount = Arrays.copyOf(c.invoiceAmount, invoices);
    invoiceOutstanding = Arrays.copyOf(c.invoiceOutstanding, invoices);
    invoiceStatus = Arrays.copyOf(c.invoiceStatus, invoices);

    payments = c.payments;
    paymentInvoice = Arrays.copyOf(c.paymentInvoice, payments);
    paymentDay = Arrays.copyOf(c.paymentDay, payments);
    paymentAmount = Arrays.copyOf(c.paymentAmount, payments);

    executions = c.executions;
    execInvoice = Arrays.copyOf(c.execInvoice, executions);
    execChannel = Arrays.copyOf(c.execChannel, executions);
    execQueued = Arrays.copyOf(c.execQueued, executions);
    execSent = Arrays.copyOf(c.execSent, executions);
    execDelivered = Arrays.copyOf(c.execDelivered, executions);
    execRead = Arrays.copyOf(c.execRead, executions);
    execFailure = Arrays.copyOf(c.execFailure, executions);
    execReply = Arrays.copyOf(c.execReply, executions);
    execReplied = Arrays.copyOf(c.execReplied, executions);
    execPromisedFor = Arrays.copyOf(c.execPromisedFor, executions);

    tasks = c.tasks;
    taskInvoice = Arrays.copyOf(c.taskInvoice, tasks);
    taskKind = Arrays.copyOf(c.taskKind, tasks);
    taskCreated = Arrays.copyOf(c.taskCreated, tasks);
    taskClaimed = Arrays.copyOf(c.taskClaimed, tasks);
    taskCompleted = Arrays.copyOf(c.taskCompleted, tasks);
  }

  /** Growable columns the builder appends to; not thread-safe. */
  public static final class Columns {
    int customers;
    CustomerId[] customerIds = new CustomerId[16];
    byte[] customerRegion = new byte[16];
    byte[] customerLanguage = new byte[16];
    byte[] customerSize = new byte[16];
    int[] customerPlaybook = new int[16];
    boolean[] customerHoldOut = new boolean[16];

    int invoices;
    InvoiceId[] invoiceIds = new InvoiceId[16];
    int[] invoiceCustomer = new int[16];
    int[] invoiceIssueDay = new int[16];
    int[] invoiceDueDay = new int[16];
    long[] invoiceAmount = new long[16];
    long[] invoiceOutstanding = new long[16];
    byte[] invoiceStatus = new byte[16];

    int payments;
    int[] paymentInvoice = new int[16];
    int[] paymentDay = new int[16];
    long[] paymentAmount = new long[16];

    int executions;
    int[] execInvoice = new int[16];
    byte[] execChannel = new byte[16];
    int[] execQueued = new int[16];
    int[] execSent = new int[16];
    int[] execDelivered = new int[16];
    int[] execRead = new int[16];
    byte[] execFailure = new byte[16];
    byte[] execReply = new byte[16];
    int[] execReplied = new int[16];
    int[] execPromisedFor = new int[16];

    int tasks;
    int[] taskInvoice = new int[16];
    byte[] taskKind = new byte[16];
    int[] taskCreated = new int[16];
    int[] taskClaimed = new int[16];
    int[] taskCompleted = new int[16];

    /** Appends a customer and returns its row. */
    public int addCustomer(
        CustomerId id, int region, int language, int size, int playbook, boolean holdOut) {
      if (customers == customerIds.length) {
        int n = grow(customers);
        customerIds = Arrays.copyOf(customerIds, n);
        customerRegion = Arrays.copyOf(customerRegion, n);
        customerLanguage = Arrays.copyOf(customerLanguage, n);
        customerSize = Arrays.copyOf(customerSize, n);
        customerPlaybook = Arrays.copyOf(customerPlaybook, n);
        customerHoldOut = Arrays.copyOf(customerHoldOut, n);
      }
      int row = customers++;
      customerIds[row] = id;
      customerRegion[row] = (byte) region;
      customerLanguage[row] = (byte) language;
      customerSize[row] = (byte) size;
      customerPlaybook[row] = playbook;
      customerHoldOut[row] = holdOut;
      return row;
    }

    /** Appends an invoice and returns its row. */
    public int addInvoice(
        InvoiceId id,
        int customer,
        int issueDay,
        int dueDay,
        long amount,
        long outstanding,
        int status) {
      if (invoices == invoiceIds.length) {
        int n = grow(invoices);
        invoiceIds = Arrays.copyOf(invoiceIds, n);
        invoiceCustomer = Arrays.copyOf(invoiceCustomer, n);
        invoiceIssueDay = Arrays.copyOf(invoiceIssueDay, n);
        invoiceDueDay = Arrays.copyOf(invoiceDueDay, n);
        invoiceAmount = Arrays.copyOf(invoiceAmount, n);
        invoiceOutstanding = Arrays.copyOf(invoiceOutstanding, n);
        invoiceStatus = Arrays.copyOf(invoiceStatus, n);
      }
      int row = invoices++;
      invoiceIds[row] = id;
      invoiceCustomer[row] = customer;
      invoiceIssueDay[row] = issueDay;
      invoiceDueDay[row] = dueDay;
      invoiceAmount[row] = amount;
      invoiceOutstanding[row] = outstanding;
      invoiceStatus[row] = (byte) status;
      return row;
    }

    /** Appends a payment allocation. */
    public void addPayment(int invoice, int day, long amount) {
      if (payments == paymentInvoice.length) {
        int n = grow(payments);
        paymentInvoice = Arrays.copyOf(paymentInvoice, n);
        paymentDay = Arrays.copyOf(paymentDay, n);
        paymentAmount = Arrays.copyOf(paymentAmount, n);
      }
      int row = payments++;
      paymentInvoice[row] = invoice;
      paymentDay[row] = day;
      paymentAmount[row] = amount;
    }

    /** Appends an execution; absent times are {@link #NONE}, absent enums -1. */
    public void addExecution(
        int invoice,
        int channel,
        int queued,
        int sent,
        int delivered,
        int read,
        int failure,
        int reply,
        int replied,
        int promisedFor) {
      if (executions == execInvoice.length) {
        int n = grow(executions);
        execInvoice = Arrays.copyOf(execInvoice, n);
        execChannel = Arrays.copyOf(execChannel, n);
        execQueued = Arrays.copyOf(execQueued, n);
        execSent = Arrays.copyOf(execSent, n);
        execDelivered = Arrays.copyOf(execDelivered, n);
        execRead = Arrays.copyOf(execRead, n);
        execFailure = Arrays.copyOf(execFailure, n);
        execReply = Arrays.copyOf(execReply, n);
        execReplied = Arrays.copyOf(execReplied, n);
        execPromisedFor = Arrays.copyOf(execPromisedFor, n);
      }
      int row = executions++;
      execInvoice[row] = invoice;
      execChannel[row] = (byte) channel;
      execQueued[row] = queued;
      execSent[row] = sent;
      execDelivered[row] = delivered;
      execRead[row] = read;
      execFailure[row] = (byte) failure;
      execReply[row] = (byte) reply;
      execReplied[row] = replied;
      execPromisedFor[row] = promisedFor;
    }

    /** Appends a task; absent times are {@link #NONE}. */
    public void addTask(int invoice, int kind, int created, int claimed, int completed) {
      if (tasks == taskInvoice.length) {
        int n = grow(tasks);
        taskInvoice = Arrays.copyOf(taskInvoice, n);
        taskKind = Arrays.copyOf(taskKind, n);
        taskCreated = Arrays.copyOf(taskCreated, n);
        taskClaimed = Arrays.copyOf(taskClaimed, n);
        taskCompleted = Arrays.copyOf(taskCompleted, n);
      }
      int row = tasks++;
      taskInvoice[row] = invoice;
      taskKind[row] = (byte) kind;
      taskCreated[row] = created;
      taskClaimed[row] = claimed;
      taskCompleted[row] = completed;
    }

    private static int grow(int size) {
      int n = size + (size >> 1) + 16;
      if (n < 0 || n > Integer.MAX_VALUE - 8) {
        throw new IllegalStateException("portfolio too large");
      }
      return n;
    }
  }
}
